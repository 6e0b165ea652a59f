using Microsoft.EntityFrameworkCore.Migrations;
using Zwgk.Web.Search;

namespace Zwgk.Web.Platform.Migrations;

/// <summary>
/// The schema parts EF Core cannot model, run at the end of each provider's baseline migration
/// (scripts/baseline-migration.sh inserts the call): the append-only audit trail and the full-text index.
/// Every statement may run again safely.
/// </summary>
public static class SchemaExtras
{
    public static void SqliteUp(MigrationBuilder m)
    {
        m.Sql("CREATE TRIGGER IF NOT EXISTS AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;");
        m.Sql("CREATE TRIGGER IF NOT EXISTS AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;");
        foreach (var sql in SearchSchema.Sqlite)
        {
            m.Sql(sql);
        }
    }

    public static void PostgresUp(MigrationBuilder m)
    {
        m.Sql("CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END; $$;");
        m.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON \"AuditEntries\";");
        m.Sql("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
        foreach (var sql in SearchSchema.Postgres)
        {
            m.Sql(sql);
        }
    }
}
