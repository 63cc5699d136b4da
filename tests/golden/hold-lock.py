#!/usr/bin/env python3
"""Holds the write lock of an SQLite file like another program would: hold-lock.py FILE
READY_FILE SECONDS. Creates READY_FILE once the lock is held, rolls back after SECONDS."""
import pathlib
import sqlite3
import sys
import time

connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
connection.execute("CREATE TABLE lock_holder (x)")
pathlib.Path(sys.argv[2]).touch()
time.sleep(float(sys.argv[3]))
connection.execute("ROLLBACK")
connection.close()
