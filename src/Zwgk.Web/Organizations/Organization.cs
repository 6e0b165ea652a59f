using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Organizations;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Organizations;

/// <summary>单位: one node of the organisation tree (government, department or committee).</summary>
public sealed class Organization : IAuditable
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string ShortName { get; set; } = "";

    public AdministrativeLevel Level { get; set; }

    public OrganizationKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    /// <summary>Ancestor ids, e.g. "/1/4/17/"; see <see cref="UnitPath"/>.</summary>
    public string Path { get; set; } = "";

    /// <summary>统一社会信用代码 (GB 32100-2015); later used in index numbers.</summary>
    public string? CreditCode { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? OfficeHours { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Raised by every save of the unit; the concurrency token of its edits (docs/adr/0017).</summary>
    public int Revision { get; private set; }

    public UnitPath UnitPath => Zwgk.Domain.Organizations.UnitPath.Parse(Path);

    int? IAuditable.AuditUnitId => Id;

    string IAuditable.AuditLabel => Name;
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.Property(o => o.Name).HasMaxLength(100).IsRequired();
        b.Property(o => o.ShortName).HasMaxLength(50).IsRequired();
        b.Property(o => o.Path).HasMaxLength(256).IsRequired();
        b.Property(o => o.CreditCode).HasMaxLength(CreditCode.Length);
        b.Property(o => o.Address).HasMaxLength(200);
        b.Property(o => o.Phone).HasMaxLength(50);
        b.Property(o => o.Email).HasMaxLength(100);
        b.Property(o => o.OfficeHours).HasMaxLength(100);
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.Path);
        b.HasIndex(o => o.CreditCode).IsUnique();
        b.Ignore(o => o.UnitPath);
    }
}
