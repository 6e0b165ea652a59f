using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue11 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RelaxSeparationOfDuties",
                table: "Sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HandlerUserId",
                table: "InformationRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttributeNoticeNumber",
                table: "Documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AttributePending",
                table: "Documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Correction",
                table: "Documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionContentJson",
                table: "Documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Documents",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FiledWithOfficeAt",
                table: "Documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FiledWithOfficeBy",
                table: "Documents",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingNote",
                table: "Documents",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReprintOriginalDate",
                table: "Documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReprintOriginalNumber",
                table: "Documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReprintOriginalUrl",
                table: "Documents",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReprintSource",
                table: "Documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PendingCorrection",
                table: "DocumentAttachments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RemovedByCorrection",
                table: "DocumentAttachments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "Columns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisclosureNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AddresseeUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureNotices_Organizations_AddresseeUnitId",
                        column: x => x.AddresseeUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisclosureNotices_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GazetteIssues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ColumnId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GazetteIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GazetteIssues_Columns_ColumnId",
                        column: x => x.ColumnId,
                        principalTable: "Columns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboundChannels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WebhookUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProtectedSecret = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IncludeSubunits = table.Column<bool>(type: "boolean", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundChannels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundChannels_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GazetteEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssueId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GazetteEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GazetteEntries_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GazetteEntries_GazetteIssues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "GazetteIssues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboundDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Event = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DocumentVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AttemptCount = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaseToken = table.Column<Guid>(type: "uuid", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundDeliveries_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutboundDeliveries_OutboundChannels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "OutboundChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboundAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeliveryId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboundAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboundAttempts_OutboundDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "OutboundDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_HandlerUserId_State",
                table: "InformationRequests",
                columns: new[] { "HandlerUserId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ColumnId_State_PublishedAt",
                table: "Documents",
                columns: new[] { "ColumnId", "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_UnitId_AttributePending",
                table: "Documents",
                columns: new[] { "UnitId", "AttributePending" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_AddresseeUnitId",
                table: "DisclosureNotices",
                column: "AddresseeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_UnitId_Number",
                table: "DisclosureNotices",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_UnitId_Year_Serial",
                table: "DisclosureNotices",
                columns: new[] { "UnitId", "Year", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GazetteEntries_DocumentId",
                table: "GazetteEntries",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_GazetteEntries_IssueId_DocumentId",
                table: "GazetteEntries",
                columns: new[] { "IssueId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GazetteIssues_ColumnId_Year_Number",
                table: "GazetteIssues",
                columns: new[] { "ColumnId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboundAttempts_DeliveryId",
                table: "OutboundAttempts",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundChannels_UnitId",
                table: "OutboundChannels",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_ChannelId_CreatedAt",
                table: "OutboundDeliveries",
                columns: new[] { "ChannelId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_DocumentId_ChannelId",
                table: "OutboundDeliveries",
                columns: new[] { "DocumentId", "ChannelId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboundDeliveries_State_NextAttemptAt",
                table: "OutboundDeliveries",
                columns: new[] { "State", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureNotices");

            migrationBuilder.DropTable(
                name: "GazetteEntries");

            migrationBuilder.DropTable(
                name: "OutboundAttempts");

            migrationBuilder.DropTable(
                name: "GazetteIssues");

            migrationBuilder.DropTable(
                name: "OutboundDeliveries");

            migrationBuilder.DropTable(
                name: "OutboundChannels");

            migrationBuilder.DropIndex(
                name: "IX_InformationRequests_HandlerUserId_State",
                table: "InformationRequests");

            migrationBuilder.DropIndex(
                name: "IX_Documents_ColumnId_State_PublishedAt",
                table: "Documents");

            migrationBuilder.DropIndex(
                name: "IX_Documents_UnitId_AttributePending",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "RelaxSeparationOfDuties",
                table: "Sites");

            migrationBuilder.DropColumn(
                name: "HandlerUserId",
                table: "InformationRequests");

            migrationBuilder.DropColumn(
                name: "AttributeNoticeNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AttributePending",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Correction",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionContentJson",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FiledWithOfficeAt",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FiledWithOfficeBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "FilingNote",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReprintOriginalDate",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReprintOriginalNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReprintOriginalUrl",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ReprintSource",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PendingCorrection",
                table: "DocumentAttachments");

            migrationBuilder.DropColumn(
                name: "RemovedByCorrection",
                table: "DocumentAttachments");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Columns");
        }
    }
}
