using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TitleKeys",
                table: "SearchEntries",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "SortKey",
                table: "SearchEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing rows get the values SearchEntry computes, before the unique index needs them (docs/adr/0012);
            // the tsvector is re-made to hold the title keys.
            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresDown)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.Sql(Zwgk.Web.Search.SearchSchema.PostgresBackfill);

            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresV2)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SortKey",
                table: "SearchEntries",
                column: "SortKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresDown)
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

            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresV1)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
