using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchFacetLexemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_SiteId_SortKey",
                table: "SearchEntries",
                columns: new[] { "SiteId", "SortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_SiteId_SortKey",
                table: "SearchEntries");
        }
    }
}
