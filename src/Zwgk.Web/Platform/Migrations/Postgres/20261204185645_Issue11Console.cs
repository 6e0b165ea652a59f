using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue11Console : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandlerUserId",
                table: "InformationRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_HandlerUserId_State",
                table: "InformationRequests",
                columns: new[] { "HandlerUserId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InformationRequests_HandlerUserId_State",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "HandlerUserId",
                table: "InformationRequests");
        }
    }
}
