#!/usr/bin/env bash
# Regenerates the single baseline migration of BOTH providers (SQLite and PostgreSQL) from the current model, and
# adds the call to Platform/Migrations/SchemaExtras.cs (the SQL EF cannot model) at the end of each Up.
# Usage: bash scripts/baseline-migration.sh
# Only while no installation runs in production: it replaces every migration. After the kernel issue, each issue adds
# one migration with scripts/add-migration.sh instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/src/Zwgk.Web/Platform/Migrations
rm -f "$dir"/Sqlite/*.cs "$dir"/Postgres/*.cs
bash "$root/scripts/add-migration.sh" Baseline
for provider in Sqlite Postgres; do
  file=$(ls "$dir/$provider"/*_Baseline.cs)
  python3 - "$file" "$provider" <<'PY'
import sys, re
path, provider = sys.argv[1], sys.argv[2]
s = open(path, encoding="utf-8-sig").read()
marker = "\n        }\n\n        /// <inheritdoc />\n        protected override void Down"
assert s.count(marker) == 1, "unexpected migration layout"
call = f"\n\n            // Triggers and the full-text index, which EF cannot model.\n            Zwgk.Web.Platform.Migrations.SchemaExtras.{provider}Up(migrationBuilder);"
s = s.replace(marker, call + marker)
open(path, "w", encoding="utf-8").write(s)
PY
done
echo "Baseline regenerated: $(ls "$dir"/Sqlite/*_Baseline.cs "$dir"/Postgres/*_Baseline.cs | xargs -n1 basename | tr '\n' ' ')"
