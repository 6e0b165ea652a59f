using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchFacetLexemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The tsvector is re-made to carry the filter facets, so the GIN index intersects them (FullTextQuery).
            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresDown)
            {
                migrationBuilder.Sql(sql);
            }

            foreach (var sql in Zwgk.Web.Search.SearchSchema.Postgres)
            {
                migrationBuilder.Sql(sql);
            }

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

            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresDown)
            {
                migrationBuilder.Sql(sql);
            }

            foreach (var sql in Zwgk.Web.Search.SearchSchema.PostgresV2)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
