#!/usr/bin/env bash
# Adds a migration for BOTH providers (SQLite and PostgreSQL), each in its own folder.
# Usage: bash scripts/add-migration.sh <Name>
# Uses ef.dll from the Microsoft.EntityFrameworkCore.Tools package (restored with the project),
# so no global dotnet-ef tool is needed.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/.." && pwd)
proj=$root/src/Zwgk.Web
dotnet build "$proj" -c Debug -v q -nologo >/dev/null
bin=$proj/bin/Debug/net10.0
ver=$(grep -o 'Microsoft.EntityFrameworkCore.Tools" Version="[^"]*' "$root/Directory.Packages.props" | sed 's/.*Version="//')
ef=${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.entityframeworkcore.tools/$ver/tools/net8.0/any/ef.dll
for provider in Sqlite Postgres; do
  dotnet exec --depsfile "$bin/Zwgk.Web.deps.json" --runtimeconfig "$bin/Zwgk.Web.runtimeconfig.json" \
    --additionalprobingpath "${NUGET_PACKAGES:-$HOME/.nuget/packages}" "$ef" \
    migrations add "$name" --assembly "$bin/Zwgk.Web.dll" --startup-assembly "$bin/Zwgk.Web.dll" \
    --project-dir "$proj/" --root-namespace Zwgk.Web --context "${provider}ZwgkDbContext" \
    --output-dir "Platform/Migrations/$provider"
done
