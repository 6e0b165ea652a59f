using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchSortKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FacetTokens",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleKeys",
                table: "SearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "SortKey",
                table: "SearchEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // The FTS5 table is re-made with rowid = SortKey and a facet column (docs/adr/0012): drop the old one and
            // its triggers, fill the new columns of existing rows, then create and rebuild (Search/SearchSchema.cs).
            foreach (var sql in Zwgk.Web.Search.SearchSchema.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.Sql(Zwgk.Web.Search.SearchSchema.SqliteBackfill);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SortKey",
                table: "SearchEntries",
                column: "SortKey",
                unique: true);

            foreach (var sql in Zwgk.Web.Search.SearchSchema.Sqlite)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Zwgk.Web.Search.SearchSchema.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_SortKey",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "FacetTokens",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "TitleKeys",
                table: "SearchEntries");

            foreach (var sql in Zwgk.Web.Search.SearchSchema.SqliteV1)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
