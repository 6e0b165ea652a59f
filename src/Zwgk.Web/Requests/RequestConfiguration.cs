using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Requests;
using Zwgk.Web.Organizations;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests;

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> b)
    {
        b.ToTable("InformationRequests");
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.TrackingNumber).HasMaxLength(20).IsRequired();
        b.HasIndex(r => r.TrackingNumber).IsUnique();
        b.Property(r => r.AccessCodeHash).HasMaxLength(120).IsRequired();
        b.Property<string?>(RequestService.SubmissionKeyHash).HasMaxLength(64);
        b.HasIndex(RequestService.SubmissionKeyHash).IsUnique();
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Form).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.CountingStart).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(48);
        b.Property(r => r.FeeMode).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.DeliveredBy).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.FeeAmount).HasPrecision(12, 2);
        b.Property(r => r.Handler).HasMaxLength(100);
        b.Property(r => r.HandlerUserId).HasMaxLength(64);
        b.Property(r => r.ReceiptNote).HasMaxLength(500);
        b.Property(r => r.InformationSought).HasMaxLength(InformationRequest.InformationMax).IsRequired();
        b.Property(r => r.Purpose).HasMaxLength(1000);
        b.Property(r => r.ClarificationItems).HasMaxLength(InformationRequest.NoteMax);
        b.Property(r => r.ClarificationText).HasMaxLength(InformationRequest.InformationMax);
        b.Property(r => r.ExtensionReason).HasMaxLength(InformationRequest.NoteMax);
        b.Property(r => r.ExtensionApprovedBy).HasMaxLength(256);
        foreach (var p in new[] { nameof(InformationRequest.ReasonText), nameof(InformationRequest.LegalBasis), nameof(InformationRequest.HowToObtain), nameof(InformationRequest.ResponsibleAgency), nameof(InformationRequest.ResponsibleAgencyContact) })
        {
            b.Property(p).HasMaxLength(ReplyDetails.TextMax);
        }

        b.Property(r => r.FeeBasis).HasMaxLength(500);
        b.Property(r => r.DecidedBy).HasMaxLength(256);
        b.Property(r => r.ApprovedBy).HasMaxLength(256);
        b.Property(r => r.ApprovalOpinion).HasMaxLength(1000);
        b.Property(r => r.DeliveryNote).HasMaxLength(500);
        b.OwnsOne(r => r.Applicant, a =>
        {
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32).HasColumnName("ApplicantKind");
            a.Property(x => x.Name).HasMaxLength(Applicant.NameMax).HasColumnName("ApplicantName").IsRequired();
            a.Property(x => x.IdType).HasConversion<string>().HasMaxLength(32).HasColumnName("ApplicantIdType");
            a.Property(x => x.IdNumber).HasMaxLength(Applicant.IdNumberMax).HasColumnName("ApplicantIdNumber").IsRequired();
            a.Property(x => x.ContactPerson).HasMaxLength(Applicant.NameMax).HasColumnName("ApplicantContactPerson");
            a.Property(x => x.Phone).HasMaxLength(Applicant.PhoneMax).HasColumnName("ApplicantPhone");
            a.Property(x => x.Email).HasMaxLength(Applicant.EmailMax).HasColumnName("ApplicantEmail");
            a.Property(x => x.Address).HasMaxLength(Applicant.AddressMax).HasColumnName("ApplicantAddress");
            a.Property(x => x.PostalCode).HasMaxLength(10).HasColumnName("ApplicantPostalCode");
            a.Ignore(x => x.IdentityKey);
            a.HasIndex(x => x.IdNumber);
        });
        b.Navigation(r => r.Applicant).IsRequired();
        b.HasIndex(r => new { r.UnitId, r.State });
        b.HasIndex(r => new { r.HandlingUnitId, r.State });
        b.HasIndex(r => r.DueOn);
        // 待办: the cases a 承办人 holds.
        b.HasIndex(r => new { r.HandlerUserId, r.State });
        b.HasHistory<InformationRequest, RequestState, RequestEvent>(e => e.RequestId);
        b.HasMany(r => r.Consultations).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Remedies).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Consultations).HasField("_consultations").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Remedies).HasField("_remedies").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(r => r.AttachedBytes);
        b.Ignore(r => r.Decision);
        b.Ignore(r => r.ClarificationWasRequested);
        b.Ignore(r => r.HasOpenConsultation);
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> b)
    {
        b.MapEventRow<RequestState, RequestEvent>("InformationRequestEvents", e => e.RequestId, noteMax: 4000);
    }
}

internal sealed class RequestConsultationConfiguration : IEntityTypeConfiguration<RequestConsultation>
{
    public void Configure(EntityTypeBuilder<RequestConsultation> b)
    {
        b.ToTable("InformationRequestConsultations");
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Answer).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Party).HasMaxLength(RequestConsultation.PartyMax).IsRequired();
        b.Property(c => c.PartyContact).HasMaxLength(200);
        b.Property(c => c.Matter).HasMaxLength(RequestConsultation.TextMax).IsRequired();
        b.Property(c => c.Opinion).HasMaxLength(RequestConsultation.TextMax);
        b.HasIndex(c => new { c.RequestId, c.Number }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.PartyUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(c => c.IsOpen);
        b.Ignore(c => c.PausesClock);
    }
}

internal sealed class RequestRemedyConfiguration : IEntityTypeConfiguration<RequestRemedy>
{
    public void Configure(EntityTypeBuilder<RequestRemedy> b)
    {
        b.ToTable("InformationRequestRemedies");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Body).HasMaxLength(RequestRemedy.TextMax).IsRequired();
        b.Property(r => r.CaseNumber).HasMaxLength(100);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.HasIndex(r => new { r.RequestId, r.Number }).IsUnique();
    }
}

internal sealed class RequestLetterConfiguration : IEntityTypeConfiguration<RequestLetter>
{
    public void Configure(EntityTypeBuilder<RequestLetter> b)
    {
        b.ToTable("InformationRequestLetters");
        b.HasOne(l => l.Request).WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(48);
        b.Property(l => l.Title).HasMaxLength(200).IsRequired();
        b.Property(l => l.FileName).HasMaxLength(200).IsRequired();
        b.Property(l => l.IssuedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(l => l.RequestId);
    }
}

internal sealed class RequestReminderConfiguration : IEntityTypeConfiguration<RequestReminder>
{
    public void Configure(EntityTypeBuilder<RequestReminder> b)
    {
        b.ToTable("InformationRequestReminders");
        b.HasOne<InformationRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Message).HasMaxLength(500).IsRequired();
        b.Property(r => r.DismissedBy).HasMaxLength(256);
        b.HasIndex(r => new { r.RequestId, r.Kind, r.DueOn }).IsUnique();
        b.HasIndex(r => new { r.UnitId, r.DismissedAt });
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> b)
    {
        b.ToTable("InformationRequestAttachments");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.FileName).HasMaxLength(RequestAttachment.FileNameMax).IsRequired();
        b.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        b.Property(a => a.Extension).HasMaxLength(16).IsRequired();
        b.Property(a => a.MimeType).HasMaxLength(128).IsRequired();
        b.Property(a => a.AddedBy).HasMaxLength(256).IsRequired();
        b.Property(a => a.RemovedBy).HasMaxLength(256);
        b.Property(a => a.RemovalReason).HasMaxLength(RequestAttachment.ReasonMax);
        b.HasIndex(a => new { a.RequestId, a.Number }).IsUnique();
        b.Ignore(a => a.IsRemoved);
    }
}
