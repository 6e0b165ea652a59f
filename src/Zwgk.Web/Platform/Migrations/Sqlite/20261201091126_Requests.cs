using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Requests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InformationRequestNumbers",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestNumbers", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClarificationItems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClarificationRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClarificationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClarificationCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClarificationText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlingUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccessCodeHash = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceiptNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApplicantIdType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApplicantContactPerson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ApplicantPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InformationSought = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RepeatOfRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: true),
                    CountingStart = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClockStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedRemaining = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FeeQuantity = table.Column<int>(type: "INTEGER", nullable: true),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FeeBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FeeNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeeNoticeReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeePaymentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeePaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeePausesClock = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeLapsedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DueBeforeExtensionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HowToObtain = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponsibleAgency = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResponsibleAgencyContact = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovalOpinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepliedOnTheSpot = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliveredBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequests_Organizations_HandlingUnitId",
                        column: x => x.HandlingUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationRequests_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequestConsultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartyContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PartyUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Matter = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestConsultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestConsultations_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InformationRequestConsultations_Organizations_PartyUnitId",
                        column: x => x.PartyUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequestEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublicNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestEvents_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequestLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PlainText = table.Column<string>(type: "TEXT", nullable: false),
                    ForApplicant = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestLetters_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequestRemedies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestRemedies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestRemedies_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequestReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EmailedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DismissedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequestReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequestReminders_InformationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "InformationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestConsultations_PartyUnitId",
                table: "InformationRequestConsultations",
                column: "PartyUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestConsultations_RequestId_Number",
                table: "InformationRequestConsultations",
                columns: new[] { "RequestId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestEvents_RequestId",
                table: "InformationRequestEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestLetters_RequestId",
                table: "InformationRequestLetters",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestRemedies_RequestId_Number",
                table: "InformationRequestRemedies",
                columns: new[] { "RequestId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestReminders_RequestId_Kind_DueOn",
                table: "InformationRequestReminders",
                columns: new[] { "RequestId", "Kind", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequestReminders_UnitId_DismissedAt",
                table: "InformationRequestReminders",
                columns: new[] { "UnitId", "DismissedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_ApplicantIdNumber",
                table: "InformationRequests",
                column: "ApplicantIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_DueOn",
                table: "InformationRequests",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_HandlingUnitId_State",
                table: "InformationRequests",
                columns: new[] { "HandlingUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_TrackingNumber",
                table: "InformationRequests",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_UnitId_State",
                table: "InformationRequests",
                columns: new[] { "UnitId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InformationRequestConsultations");

            migrationBuilder.DropTable(
                name: "InformationRequestEvents");

            migrationBuilder.DropTable(
                name: "InformationRequestLetters");

            migrationBuilder.DropTable(
                name: "InformationRequestNumbers");

            migrationBuilder.DropTable(
                name: "InformationRequestRemedies");

            migrationBuilder.DropTable(
                name: "InformationRequestReminders");

            migrationBuilder.DropTable(
                name: "InformationRequests");
        }
    }
}
