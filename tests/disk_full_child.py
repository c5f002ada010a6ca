"""Run by test_disk_full.py in a child process whose file-size limit makes the disk 'full'.

    python disk_full_child.py CASEFILE PASSPHRASE WHAT OUT     (WHAT: casefile | backup | bundle | ki-import)

For ``bundle`` OUT is the share folder (the bundle is built first, then the share is "full");
for ``ki-import`` CASEFILE is a KI store and OUT the share folder of bundles to import.

Prints one line: ``REFUSED <message>`` when the write failed cleanly, ``WROTE`` when it did not fail."""

import resource
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.casemanager import sync_service
from app.casemanager.casework import Casework, Person  # noqa: E402
from app.core import stores  # noqa: E402
from app.core.messages import describe  # noqa: E402
from app.ki import importer, registry

path, passphrase, what, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
casefile = registry.open_store(path, passphrase) if what == "ki-import" else stores.unlock(path, passphrase)
# Writing past the limit now fails with EFBIG instead of killing the process.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
# Room for the case file to grow a little, but not for a whole backup copy of it.
limit = max(f.stat().st_size for f in path.parent.iterdir() if f.is_file()) + 64 * 1024
if what == "backup":
    limit = path.stat().st_size // 2
elif what == "bundle":
    cw = Casework(casefile)
    sync_service.build_bundle(cw)
    casefile.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Room for the case file to note the failure (a few pages of WAL), not for the bundle on the share.
    limit = len(casefile.conn.execute("SELECT bundle FROM outbox").fetchone()[0]) - 1
elif what == "ki-import":
    casefile.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    limit = 40 * 1024   # the store's write-ahead log fills up part way through the share
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    if what == "casefile":
        cw = Casework(casefile)
        with cw.bulk():
            for i in range(20000):
                cw.add_person(Person("Voll" + "x" * 200, f"Platte {i}", "olfen", address="y" * 2000))
    elif what == "backup":
        stores.backup(casefile, out)
    elif what == "bundle":
        sync_service.deliver_outbox(cw, out)
    elif what == "ki-import":
        importer.import_folder(casefile, out)
    print("WROTE")
except Exception as exc:  # noqa: BLE001  (the parent checks the message)
    print("REFUSED " + describe(exc))
