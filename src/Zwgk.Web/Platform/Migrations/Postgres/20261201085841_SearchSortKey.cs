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

            migrationBuilder.AddColumn<long>(
                name: "SortKey",
                table: "SearchEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Existing rows get the values SearchEntry computes, before the unique index needs them (docs/adr/0011).
            migrationBuilder.Sql(Zwgk.Web.Search.SearchSchema.PostgresBackfill);

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SortKey",
                table: "SearchEntries",
                column: "SortKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_SortKey",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "FacetTokens",
                table: "SearchEntries");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "SearchEntries");
        }
    }
}
