using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Sites;

/// <summary>站点: one portal site of the cluster (集约化), owned by a unit.</summary>
public sealed class Site : IAuditable
{
    public int Id { get; set; }

    /// <summary>Short code used in path-prefix addressing: /s/{Code}/…</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Host name the site answers on, e.g. www.example.gov.cn.</summary>
    public string Domain { get; set; } = "";

    /// <summary>网站标识码 (ten characters for local sites; page-tags.md).</summary>
    public string SiteIdCode { get; set; } = "";

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>主办单位 as printed in the footer.</summary>
    public string Sponsor { get; set; } = "";

    /// <summary>承办单位 (optional).</summary>
    public string? Operator { get; set; }

    /// <summary>ICP备案号.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安机关备案号.</summary>
    public string? PoliceRecordNumber { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Address { get; set; }

    /// <summary>Template of the 索引号 of documents published on this site (see IndexNumberTemplate).</summary>
    public string IndexNumberTemplate { get; set; } = Zwgk.Domain.Documents.IndexNumberTemplate.Default;

    /// <summary>
    /// 职责分离 relaxed for a very small unit: the drafter may also review and sign off, the proposer of a reply may
    /// approve it, each time with a written reason that the step records (Zwgk.Domain.Workflow.DutySeparation). Off by default.
    /// </summary>
    public bool RelaxSeparationOfDuties { get; set; }

    /// <summary>The site served when neither host nor path prefix names another.</summary>
    public bool IsDefault { get; set; }

    public List<Column> Columns { get; set; } = [];

    /// <summary>Raised by every save of the site's details; the concurrency token of its edits (docs/adr/0017). Columns have their own.</summary>
    public int Revision { get; private set; }

    int? IAuditable.AuditUnitId => OrganizationId;

    string IAuditable.AuditLabel => Name;
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.ToTable("Sites");
        b.Property(s => s.Code).HasMaxLength(32).IsRequired();
        b.Property(s => s.Name).HasMaxLength(100).IsRequired();
        b.Property(s => s.Domain).HasMaxLength(200).IsRequired();
        b.Property(s => s.SiteIdCode).HasMaxLength(10).IsRequired();
        b.Property(s => s.Sponsor).HasMaxLength(100).IsRequired();
        b.Property(s => s.Operator).HasMaxLength(100);
        b.Property(s => s.IcpNumber).HasMaxLength(64);
        b.Property(s => s.PoliceRecordNumber).HasMaxLength(64);
        b.Property(s => s.ContactPhone).HasMaxLength(50);
        b.Property(s => s.ContactEmail).HasMaxLength(100);
        b.Property(s => s.Address).HasMaxLength(200);
        b.Property(s => s.IndexNumberTemplate).HasMaxLength(100).IsRequired();
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.Domain).IsUnique();
        b.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Columns).WithOne(c => c.Site!).HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
