"""The case file's schema, as ordered migrations. ``PRAGMA user_version`` is the version a file is at.

Add a migration by appending to MIGRATIONS; never edit one that has shipped. Each migration runs in
its own transaction together with the version bump, so a crash leaves the file at a whole version.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import records
from storage.errors import NewerSchema


@dataclass(frozen=True)
class Migration:
    version: int
    purpose: str
    sql: str


# A laptop and the KI (for its roll-up to the Land) sign with the same kind of identity, read by
# app/core/identity.device_identity.
DEVICE_IDENTITY = """
        CREATE TABLE device_identity (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            device_id   TEXT NOT NULL,
            signing_key BLOB NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "meta data and the append-only, hash-chained audit log", """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            prev_hash BLOB NOT NULL,
            hash      BLOB NOT NULL
        ) STRICT;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    """),
    Migration(2, "persons accompanied (the casework issue extends this table)", """
        CREATE TABLE person (
            id          INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            family_name TEXT NOT NULL,
            given_names TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
    """),
    Migration(3, "casework: persons in full, status history, cases, goals, contacts, referrals, consent, "
                 "anonymous tallies, time log, events, observations, search", """
        ALTER TABLE person ADD COLUMN birth_date TEXT;          -- YYYY-MM-DD, or YYYY when only the year is known
        ALTER TABLE person ADD COLUMN gender TEXT NOT NULL DEFAULT 'x';
        ALTER TABLE person ADD COLUMN nationality TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN languages TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN address TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN phone TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN accompanied_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN in_germany_since TEXT;
        CREATE INDEX person_municipality ON person(municipality);

        CREATE TABLE residence_status (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            status     TEXT NOT NULL,
            since      TEXT NOT NULL,
            applied_on TEXT,
            decided_on TEXT,
            note       TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX residence_status_person ON residence_status(person_id, since);

        CREATE TABLE support_case (
            id             INTEGER PRIMARY KEY,
            person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            opened_on      TEXT NOT NULL,
            closed_on      TEXT,
            intensity      TEXT NOT NULL,
            closure_reason TEXT,
            CHECK (closed_on IS NULL OR closed_on >= opened_on)
        ) STRICT;
        CREATE UNIQUE INDEX support_case_one_open ON support_case(person_id) WHERE closed_on IS NULL;
        CREATE INDEX support_case_person ON support_case(person_id, opened_on);

        CREATE TABLE case_phase (
            id      INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES support_case(id) ON DELETE CASCADE,
            phase   TEXT NOT NULL,
            since   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX case_phase_case ON case_phase(case_id, since);

        CREATE TABLE goal (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES support_case(id) ON DELETE CASCADE,
            text        TEXT NOT NULL,
            life_area   TEXT NOT NULL,
            target_date TEXT,
            status      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX goal_due ON goal(status, target_date);
        CREATE INDEX goal_case ON goal(case_id);

        CREATE TABLE contact (
            id                     INTEGER PRIMARY KEY,
            case_id                INTEGER NOT NULL REFERENCES support_case(id) ON DELETE CASCADE,
            date                   TEXT NOT NULL,
            minutes                INTEGER NOT NULL CHECK (minutes > 0),
            channel                TEXT NOT NULL,
            interpreter_language   TEXT NOT NULL DEFAULT '',
            interpreter_minutes    INTEGER NOT NULL DEFAULT 0,
            interpreter_cost_cents INTEGER NOT NULL DEFAULT 0,
            notes                  TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX contact_case ON contact(case_id, date);
        CREATE INDEX contact_date ON contact(date);
        CREATE TABLE contact_topic (
            contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
            topic      TEXT NOT NULL,
            PRIMARY KEY (contact_id, topic)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE referral (
            id              INTEGER PRIMARY KEY,
            case_id         INTEGER NOT NULL REFERENCES support_case(id) ON DELETE CASCADE,
            partner         TEXT NOT NULL,
            date            TEXT NOT NULL,
            discloses_data  INTEGER NOT NULL,
            status          TEXT NOT NULL,
            outcome         TEXT,
            follow_up_on    TEXT,
            note            TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX referral_case ON referral(case_id);
        CREATE INDEX referral_open ON referral(status, follow_up_on);

        CREATE TABLE consent (
            id           INTEGER PRIMARY KEY,
            person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            purpose      TEXT NOT NULL CHECK (purpose IN ('fallarbeit', 'weitergabe')),
            partner      TEXT,
            given_on     TEXT NOT NULL,
            withdrawn_on TEXT,
            CHECK ((purpose = 'weitergabe') = (partner IS NOT NULL))
        ) STRICT;
        CREATE INDEX consent_person ON consent(person_id);

        -- Counted without being stored: no person, no name, no free text.
        CREATE TABLE short_intervention (
            id           INTEGER PRIMARY KEY,
            date         TEXT NOT NULL,
            municipality TEXT NOT NULL,
            topic        TEXT NOT NULL,
            language     TEXT NOT NULL DEFAULT '',
            partner      TEXT
        ) STRICT;
        CREATE INDEX short_intervention_date ON short_intervention(date);

        CREATE TABLE time_entry (
            id       INTEGER PRIMARY KEY,
            date     TEXT NOT NULL,
            minutes  INTEGER NOT NULL CHECK (minutes > 0),
            kind     TEXT NOT NULL,        -- 'einzelfall' or a system-work category
            note     TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX time_entry_date ON time_entry(date);

        CREATE TABLE info_event (
            id           INTEGER PRIMARY KEY,
            date         TEXT NOT NULL,
            municipality TEXT NOT NULL,
            topic        TEXT NOT NULL,
            participants INTEGER NOT NULL CHECK (participants >= 0),
            languages    TEXT NOT NULL DEFAULT '',
            interpreters INTEGER NOT NULL DEFAULT 0 CHECK (interpreters >= 0)
        ) STRICT;

        CREATE TABLE observation (
            id           INTEGER PRIMARY KEY,
            date         TEXT NOT NULL,
            municipality TEXT NOT NULL,
            category     TEXT NOT NULL,
            text         TEXT NOT NULL
        ) STRICT;

        CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        -- One search document per person: names (with transliterations), case number, notes.
        CREATE VIRTUAL TABLE person_search USING fts5(
            body, tokenize = "unicode61 remove_diacritics 2"
        );
        -- Deleted documents leave no trace in the index's segments.
        INSERT INTO person_search (person_search, rank) VALUES ('secure-delete', 1);
    """),
    Migration(4, "sync: the device's signing key and the outbox of sealed bundles", DEVICE_IDENTITY + """
        -- Sealed bundles (ciphertext) waiting for the share; the newest makes older ones redundant.
        CREATE TABLE outbox (
            sequence   INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            bundle     BLOB NOT NULL
        ) STRICT;
    """),
    Migration(5, "record keys for the cell key method (docs/anonymity.md): a random 32-bit number per person and "
                 "per anonymous short intervention, never sent; existing records get one from SQLite's "
                 "randomness, which the operating system seeds", """
        ALTER TABLE person ADD COLUMN record_key INTEGER;
        ALTER TABLE short_intervention ADD COLUMN record_key INTEGER;
        UPDATE person SET record_key = random() & 4294967295;
        UPDATE short_intervention SET record_key = random() & 4294967295;
    """),
    Migration(6, "released periods (format version 2): the protected tables of a closed month or quarter, frozen", """
        CREATE TABLE released (
            period      TEXT PRIMARY KEY,      -- 2026-07 or 2026-Q3
            tables      TEXT NOT NULL,         -- JSON: the period's protected tables, as sent
            released_at TEXT NOT NULL
        ) STRICT;
    """),
    Migration(7, "corrections: a case's intensity as a dated history (the case keeps its current intensity); "
                 "every existing case starts with the intensity it has, from its opening day", """
        CREATE TABLE case_intensity (
            id        INTEGER PRIMARY KEY,
            case_id   INTEGER NOT NULL REFERENCES support_case(id) ON DELETE CASCADE,
            intensity TEXT NOT NULL,
            since     TEXT NOT NULL
        ) STRICT;
        CREATE INDEX case_intensity_case ON case_intensity(case_id, since);
        INSERT INTO case_intensity (case_id, intensity, since) SELECT id, intensity, opened_on FROM support_case;
    """),
    Migration(8, "Wiedervorlage: an item of Heute put back until a date (no personal data: kind, record id, date)", """
        CREATE TABLE wiedervorlage (
            kind      TEXT NOT NULL,           -- chancen | goal | referral_answer | follow_up | retention
            record_id INTEGER NOT NULL,
            until     TEXT NOT NULL,
            PRIMARY KEY (kind, record_id)
        ) STRICT;
        -- Heute asks per person for the last closure and the consent to casework (app/casemanager/privacy.py).
        CREATE INDEX support_case_closed ON support_case(person_id, closed_on);
        CREATE INDEX consent_casework ON consent(purpose, person_id, withdrawn_on);
        CREATE INDEX person_created ON person(created_at);
    """),
    Migration(9, "residence law as of 2026: a status entry's 'gültig bis' and, for an application (Fiktion, "
                 "§ 81 Abs. 4 AufenthG), the title applied for; the § 25a/§ 25b pathway checklist per person; "
                 "the first contact before consent (Zugang), with minimal data", """
        ALTER TABLE residence_status ADD COLUMN valid_until TEXT;    -- from the card; NULL where not recorded
        ALTER TABLE residence_status ADD COLUMN applied_for TEXT;    -- an application's title (status code)
        -- Heute asks for titles whose validity ends soon or has ended.
        CREATE INDEX residence_status_valid_until ON residence_status(valid_until) WHERE valid_until IS NOT NULL;
        -- Each person's newest status (by since, then id), kept by triggers whatever writes a status, so
        -- that Heute finds "newest status is § 104c / an application / ends soon" through an index.
        ALTER TABLE person ADD COLUMN status_id INTEGER;
        ALTER TABLE person ADD COLUMN status TEXT;
        ALTER TABLE person ADD COLUMN status_until TEXT;
        UPDATE person SET (status_id, status, status_until) = (SELECT s.id, s.status, s.valid_until
            FROM residence_status s WHERE s.person_id = person.id ORDER BY s.since DESC, s.id DESC LIMIT 1);
        CREATE INDEX person_status ON person(status);
        CREATE INDEX person_status_until ON person(status_until) WHERE status_until IS NOT NULL;
        CREATE TRIGGER residence_status_newest_insert AFTER INSERT ON residence_status BEGIN
            UPDATE person SET (status_id, status, status_until) = (SELECT s.id, s.status, s.valid_until
                FROM residence_status s WHERE s.person_id = person.id ORDER BY s.since DESC, s.id DESC LIMIT 1)
            WHERE id = NEW.person_id;
        END;
        CREATE TRIGGER residence_status_newest_update AFTER UPDATE ON residence_status BEGIN
            UPDATE person SET (status_id, status, status_until) = (SELECT s.id, s.status, s.valid_until
                FROM residence_status s WHERE s.person_id = person.id ORDER BY s.since DESC, s.id DESC LIMIT 1)
            WHERE id IN (OLD.person_id, NEW.person_id);
        END;
        CREATE TRIGGER residence_status_newest_delete AFTER DELETE ON residence_status BEGIN
            UPDATE person SET (status_id, status, status_until) = (SELECT s.id, s.status, s.valid_until
                FROM residence_status s WHERE s.person_id = person.id ORDER BY s.since DESC, s.id DESC LIMIT 1)
            WHERE id = OLD.person_id;
        END;

        -- One row per condition of a pathway the case manager follows for a person
        -- (resources/catalogues/pathway_conditions.json): proven on a day, or to be proven by a day.
        CREATE TABLE pathway_check (
            id        INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            pathway   TEXT NOT NULL,           -- ae_25a | ae_25b
            condition TEXT NOT NULL,
            proven_on TEXT,
            due_on    TEXT,
            UNIQUE (person_id, pathway, condition)
        ) STRICT;
        CREATE INDEX pathway_check_open ON pathway_check(proven_on, person_id);

        -- The first conversation, in which consent is asked for: date, channel, minutes, topics and
        -- whether consent was asked; no notes, no interpreter, nothing more until consent exists.
        CREATE TABLE first_contact (
            id                INTEGER PRIMARY KEY,
            person_id         INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            date              TEXT NOT NULL,
            minutes           INTEGER NOT NULL CHECK (minutes > 0),
            channel           TEXT NOT NULL,
            topics            TEXT NOT NULL,    -- topic codes, comma-separated
            consent_requested INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX first_contact_person ON first_contact(person_id, date);
    """),
    Migration(10, "handing cases over (docs/handover.md): the case file's X25519 handover key, colleagues whose keys "
                  "were confirmed, handovers sent and received, where a received person came from and how they are "
                  "counted, the sender's audit entries about them; a random uid per person that moves with them; "
                  "consent to a handover (purpose uebergabe)", """
        CREATE TABLE handover_key (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            private_key BLOB NOT NULL,
            public_key  BLOB NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
        CREATE TABLE colleague (
            fingerprint TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            device_id   TEXT NOT NULL,
            ed25519     BLOB NOT NULL,
            x25519      BLOB NOT NULL,
            added_at    TEXT NOT NULL
        ) STRICT;
        CREATE TABLE handover_out (
            id           TEXT PRIMARY KEY,
            recipient    TEXT NOT NULL REFERENCES colleague(fingerprint),
            created_at   TEXT NOT NULL,
            handed_on    TEXT NOT NULL,          -- the day, for closing the cases
            persons      INTEGER NOT NULL,
            confirmed_at TEXT
        ) STRICT;
        -- The persons of a running handover: kept, not changeable, not counted. The rows go when its receipt
        -- is read; a person deleted through another handover's receipt leaves its uid (person_id NULL).
        CREATE TABLE handover_out_person (
            handover_id TEXT NOT NULL REFERENCES handover_out(id),
            person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
            uid         TEXT NOT NULL,
            PRIMARY KEY (handover_id, uid)
        ) STRICT;
        CREATE INDEX handover_out_person_person ON handover_out_person(person_id);
        -- Every handover received, for good: a replay changes nothing and gets the same receipt.
        CREATE TABLE handover_in (
            id          TEXT PRIMARY KEY,
            sender      TEXT NOT NULL,           -- fingerprint
            received_at TEXT NOT NULL,
            persons     INTEGER NOT NULL,
            receipt     BLOB NOT NULL
        ) STRICT;
        CREATE TABLE person_origin (
            person_id             INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
            handover_id           TEXT NOT NULL,
            sender_name           TEXT NOT NULL,
            received_at           TEXT NOT NULL,
            previous_case_numbers TEXT NOT NULL DEFAULT '[]',   -- JSON
            basis                 TEXT NOT NULL DEFAULT '',
            final_years           TEXT NOT NULL DEFAULT '[]',   -- JSON: years counted for good elsewhere
            frozen_periods        TEXT NOT NULL DEFAULT '[]'    -- JSON: periods frozen elsewhere until its revision
        ) STRICT;
        CREATE TABLE handover_audit (
            id        INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX handover_audit_person ON handover_audit(person_id);
        -- Contacts that came with a handover: the sender's work, not this case manager's own time.
        CREATE TABLE contact_received (
            contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        ALTER TABLE person ADD COLUMN uid TEXT;
        UPDATE person SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX person_uid ON person(uid);
        CREATE TRIGGER person_uid_new AFTER INSERT ON person WHEN NEW.uid IS NULL
            BEGIN UPDATE person SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;

        CREATE TABLE consent_10 (
            id           INTEGER PRIMARY KEY,
            person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            purpose      TEXT NOT NULL CHECK (purpose IN ('fallarbeit', 'weitergabe', 'uebergabe')),
            partner      TEXT,
            given_on     TEXT NOT NULL,
            withdrawn_on TEXT,
            CHECK ((purpose = 'weitergabe') = (partner IS NOT NULL))
        ) STRICT;
        INSERT INTO consent_10 (id, person_id, purpose, partner, given_on, withdrawn_on)
            SELECT id, person_id, purpose, partner, given_on, withdrawn_on FROM consent;
        DROP TABLE consent;
        ALTER TABLE consent_10 RENAME TO consent;
        CREATE INDEX consent_person ON consent(person_id);
        CREATE INDEX consent_casework ON consent(purpose, person_id, withdrawn_on);
    """),
    Migration(11, "households: persons living together, each with their role in the family (§ 104c Abs. 2, "
                  "§ 25a Abs. 2, § 25b with minor children); the uid moves with a handover; a note on the person",
              """
        CREATE TABLE household (
            id         INTEGER PRIMARY KEY,
            uid        TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE household_member (
            person_id    INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
            household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
            role         TEXT NOT NULL CHECK (role IN ('ehepartner', 'kind', 'elternteil', 'sonstige'))
        ) STRICT;
        CREATE INDEX household_member_household ON household_member(household_id);
        -- A note on the person (what an office's list said about them, or anything the case manager adds).
        ALTER TABLE person ADD COLUMN note TEXT NOT NULL DEFAULT '';
    """),
    Migration(12, "appointments: with a person or for an information event, with an interpreter booked or "
                  "not; once held they point at the contact or event they became", """
        CREATE TABLE appointment (
            id                     INTEGER PRIMARY KEY,
            person_id              INTEGER REFERENCES person(id) ON DELETE CASCADE,   -- NULL: an information event
            municipality           TEXT,              -- an information event's municipality (catalogue)
            day                    TEXT NOT NULL,     -- YYYY-MM-DD
            start                  TEXT NOT NULL,     -- HH:MM, local time
            minutes                INTEGER NOT NULL CHECK (minutes > 0),
            place                  TEXT NOT NULL DEFAULT '',
            with_whom              TEXT NOT NULL DEFAULT '',
            channel                TEXT NOT NULL,
            topic                  TEXT,
            note                   TEXT NOT NULL DEFAULT '',
            interpreter_language   TEXT NOT NULL DEFAULT '',   -- catalogue code; '' = no interpreter needed
            interpreter_provider   TEXT NOT NULL DEFAULT '',
            interpreter_booked     INTEGER NOT NULL DEFAULT 0,
            interpreter_minutes    INTEGER NOT NULL DEFAULT 0,   -- expected
            interpreter_cost_cents INTEGER NOT NULL DEFAULT 0,   -- expected
            state                  TEXT NOT NULL DEFAULT 'geplant'
                                   CHECK (state IN ('geplant', 'stattgefunden', 'ausgefallen', 'abgesagt')),
            reason                 TEXT,              -- why it did not take place (a code)
            contact_id             INTEGER REFERENCES contact(id) ON DELETE SET NULL,
            event_id               INTEGER REFERENCES info_event(id) ON DELETE SET NULL,
            CHECK ((person_id IS NULL) = (municipality IS NOT NULL))
        ) STRICT;
        CREATE INDEX appointment_day ON appointment(day, start);
        CREATE INDEX appointment_person ON appointment(person_id);
        CREATE INDEX appointment_contact ON appointment(contact_id);
        CREATE INDEX appointment_event ON appointment(event_id);
    """),
    Migration(13, "paper: attachments (scans, PDFs, photos) inside the case file, per person and optionally linked "
                  "to a contact or a consent; how a consent was given and whether the Art. 13 information was "
                  "handed over; who is responsible for a goal of the Hilfeplan", """
        -- What a list shows; the bytes live in attachment_data, so listing never reads them.
        CREATE TABLE attachment (
            id         INTEGER PRIMARY KEY,
            person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
            consent_id INTEGER REFERENCES consent(id) ON DELETE SET NULL,
            title      TEXT NOT NULL,
            file_name  TEXT NOT NULL,
            media_type TEXT NOT NULL,          -- application/pdf, image/jpeg, image/png, image/tiff
            size       INTEGER NOT NULL CHECK (size > 0),
            sha256     TEXT NOT NULL,
            added_on   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX attachment_person ON attachment(person_id);
        CREATE INDEX attachment_contact ON attachment(contact_id) WHERE contact_id IS NOT NULL;
        CREATE INDEX attachment_consent ON attachment(consent_id) WHERE consent_id IS NOT NULL;
        CREATE TABLE attachment_data (
            attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
            content       BLOB NOT NULL
        ) STRICT;

        -- Proof of consent (Art. 7 Abs. 1 DSGVO): how it was given (schriftlich | muendlich; NULL where
        -- not recorded), in which language, whether an interpreter translated, and whether the
        -- information under Art. 13 DSGVO was handed over (1 ja, 0 nein, NULL not recorded).
        ALTER TABLE consent ADD COLUMN given_how TEXT;
        ALTER TABLE consent ADD COLUMN language TEXT NOT NULL DEFAULT '';
        ALTER TABLE consent ADD COLUMN interpreted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE consent ADD COLUMN informed INTEGER;

        ALTER TABLE goal ADD COLUMN responsible TEXT NOT NULL DEFAULT '';
    """),
    Migration(14, "a handover received is known by its id and its sender: the id can be read off the file, so "
                  "another colleague's file under the same id must not count as this one; a running handover can "
                  "be withdrawn; the audit log found by record", """
        CREATE TABLE handover_in_14 (
            id          TEXT NOT NULL,
            sender      TEXT NOT NULL,           -- fingerprint
            received_at TEXT NOT NULL,
            persons     INTEGER NOT NULL,
            receipt     BLOB NOT NULL,
            created_at  TEXT,                    -- when the sender wrote it
            uids        TEXT,                    -- JSON: the persons it held
            PRIMARY KEY (id, sender)
        ) STRICT;
        INSERT INTO handover_in_14 (id, sender, received_at, persons, receipt)
            SELECT id, sender, received_at, persons, receipt FROM handover_in;
        DROP TABLE handover_in;
        ALTER TABLE handover_in_14 RENAME TO handover_in;
        -- A running handover taken back (lost file, colleague gone): its persons are free again.
        ALTER TABLE handover_out ADD COLUMN withdrawn_at TEXT;
        -- A handover carries the audit entries about each person's records: found by kind and id, not by
        -- reading the whole log once per person (a caseload of 1 000 took 16 s to write).
        CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
    """),
    Migration(15, "the case list's filters through indexes: each person's newest case and each case's current "
                  "phase, kept by triggers (at 50 000 persons two subqueries per person took a filter to 300 ms); "
                  "indexes for Heute's withdrawn consents and long-closed cases",
              """
        -- The case list shows and filters each person by their newest case (the highest id) and its
        -- current phase (the newest by since, then id). Kept here by triggers, whatever writes a case
        -- or a phase, as migration 9 keeps the newest status; no foreign key, so that a person row
        -- put back by Ctrl+Z before its cases is accepted.
        ALTER TABLE person ADD COLUMN case_id INTEGER;
        ALTER TABLE support_case ADD COLUMN phase TEXT;
        UPDATE support_case SET phase = (SELECT ph.phase FROM case_phase ph WHERE ph.case_id = support_case.id
            ORDER BY ph.since DESC, ph.id DESC LIMIT 1);
        UPDATE person SET case_id = (SELECT max(c.id) FROM support_case c WHERE c.person_id = person.id);
        CREATE INDEX person_case ON person(case_id);
        CREATE INDEX support_case_phase ON support_case(phase);
        CREATE INDEX support_case_intensity ON support_case(intensity);
        -- Heute's retention: persons who withdrew their consent to casework, and cases closed before the
        -- retention cutoff (few), without reading every consent and case. "closed_on > ''" (true of
        -- every date) keeps the second to the query that names it: the release's queries on closed_on
        -- keep their plans.
        CREATE INDEX consent_withdrawn ON consent(person_id) WHERE purpose = 'fallarbeit' AND withdrawn_on IS NOT NULL;
        CREATE INDEX support_case_closed_before ON support_case(closed_on, person_id) WHERE closed_on > '';
        CREATE TRIGGER support_case_newest_insert AFTER INSERT ON support_case BEGIN
            UPDATE person SET case_id = (SELECT max(c.id) FROM support_case c WHERE c.person_id = person.id)
            WHERE id = NEW.person_id;
        END;
        CREATE TRIGGER support_case_newest_update AFTER UPDATE OF id, person_id ON support_case BEGIN
            UPDATE person SET case_id = (SELECT max(c.id) FROM support_case c WHERE c.person_id = person.id)
            WHERE id IN (OLD.person_id, NEW.person_id);
        END;
        CREATE TRIGGER support_case_newest_delete AFTER DELETE ON support_case BEGIN
            UPDATE person SET case_id = (SELECT max(c.id) FROM support_case c WHERE c.person_id = person.id)
            WHERE id = OLD.person_id;
        END;
        CREATE TRIGGER case_phase_newest_insert AFTER INSERT ON case_phase BEGIN
            UPDATE support_case SET phase = (SELECT ph.phase FROM case_phase ph WHERE ph.case_id = support_case.id
                ORDER BY ph.since DESC, ph.id DESC LIMIT 1)
            WHERE id = NEW.case_id;
        END;
        CREATE TRIGGER case_phase_newest_update AFTER UPDATE ON case_phase BEGIN
            UPDATE support_case SET phase = (SELECT ph.phase FROM case_phase ph WHERE ph.case_id = support_case.id
                ORDER BY ph.since DESC, ph.id DESC LIMIT 1)
            WHERE id IN (OLD.case_id, NEW.case_id);
        END;
        CREATE TRIGGER case_phase_newest_delete AFTER DELETE ON case_phase BEGIN
            UPDATE support_case SET phase = (SELECT ph.phase FROM case_phase ph WHERE ph.case_id = support_case.id
                ORDER BY ph.since DESC, ph.id DESC LIMIT 1)
            WHERE id = OLD.case_id;
        END;
    """),
)

KI_MIGRATIONS: tuple[Migration, ...] = (
    MIGRATIONS[0],
    Migration(2, "the KI's key pair, device registry, every bundle as received, newest snapshot per device", """
        CREATE TABLE ki_key (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            private_key BLOB NOT NULL,
            public_key  BLOB NOT NULL,
            k           INTEGER NOT NULL,
            name        TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
        CREATE TABLE device (
            device_id      TEXT PRIMARY KEY,
            name           TEXT NOT NULL,
            public_key     BLOB NOT NULL,
            municipalities TEXT NOT NULL,
            enrolled_at    TEXT NOT NULL,
            revoked_at     TEXT
        ) STRICT;
        CREATE TABLE received (
            sha256      TEXT PRIMARY KEY,
            device_id   TEXT NOT NULL,
            sequence    INTEGER,
            file_name   TEXT NOT NULL,
            received_at TEXT NOT NULL,
            result      TEXT NOT NULL,
            reason      TEXT NOT NULL DEFAULT '',
            raw         BLOB NOT NULL
        ) STRICT;
        CREATE TABLE device_state (
            device_id  TEXT PRIMARY KEY REFERENCES device(device_id),
            sequence   INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            payload    TEXT NOT NULL
        ) STRICT;
    """),
    Migration(3, "KI settings (interpreter budget) and the KI's own signing key for the roll-up to the Land",
              DEVICE_IDENTITY + """
        CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
    """),
    Migration(4, "the KI keeps no bundle as received: of every file only its hash, time and result; the newest "
                 "payload per device stays in device_state (docs/anonymity.md)", """
        ALTER TABLE received DROP COLUMN raw;
    """),
)


@dataclass(frozen=True)
class Schema:
    """What kind of encrypted store a file is, and how its schema grows."""
    kind: str
    migrations: tuple[Migration, ...]

    @property
    def latest(self) -> int:
        return self.migrations[-1].version


CASEFILE = Schema("casefile", MIGRATIONS)
KI_STORE = Schema("ki", KI_MIGRATIONS)
LATEST = CASEFILE.latest


def version_of(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, path, target: int | None = None, schema: Schema = CASEFILE) -> int:
    """Bring the open database up to ``target`` (the latest by default); returns the version it
    was at before."""
    target = schema.latest if target is None else target
    current = version_of(conn)
    if current > schema.latest:
        raise NewerSchema(path, f"schema {current}, this program knows up to {schema.latest}")
    for migration in schema.migrations:
        if current < migration.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")
                conn.execute("COMMIT")
            except BaseException:
                records.rollback(conn)
                raise
    return current


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; a trigger body's inner ';' stays with its trigger."""
    from sqlcipher3 import dbapi2 as sqlcipher

    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlcipher.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL in migration: {current.strip()[:60]}")
    return statements
