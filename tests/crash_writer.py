"""Child process for the crash test: commits one person per transaction, forever, and reports each
commit on stdout only after COMMIT returned. The parent kills it with SIGKILL at a random moment."""

import os
import sys
from pathlib import Path

from storage.store import EncryptedStore
from tests.conftest import add_person


def main() -> None:
    path = Path(sys.argv[1])
    with EncryptedStore.open(path, os.environ["FALLAKTE_PASSPHRASE"]) as cf:
        print("ready", flush=True)
        n = 0
        while True:
            n += 1
            add_person(cf, f"Name{n}", f"Vorname{n}", case_number=f"K-{n:06d}")
            print(n, flush=True)


if __name__ == "__main__":
    main()
