using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zwgk.Web.Platform.Sequences;

/// <summary>The last number taken from one named sequence in one scope (e.g. tracking numbers of 2026).</summary>
public sealed class Sequence
{
    public string Name { get; set; } = "";

    public string Scope { get; set; } = "";

    public long Last { get; set; }
}

internal sealed class SequenceConfiguration : IEntityTypeConfiguration<Sequence>
{
    public void Configure(EntityTypeBuilder<Sequence> b)
    {
        b.ToTable("Sequences");
        b.HasKey(s => new { s.Name, s.Scope });
        b.Property(s => s.Name).HasMaxLength(64);
        b.Property(s => s.Scope).HasMaxLength(64);
    }
}
