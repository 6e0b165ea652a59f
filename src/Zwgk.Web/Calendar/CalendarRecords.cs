using Zwgk.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Calendar;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Calendar;

/// <summary>A year whose official holiday arrangement has been entered; deadlines may only reach covered years.</summary>
public sealed class CalendarYear : IAuditable
{
    public int Year { get; set; }

    /// <summary>The State Council notice the year's days come from.</summary>
    public string Source { get; set; } = "";

    public DateTime EnteredAt { get; set; }

    public string EnteredBy { get; set; } = "";

    int? IAuditable.AuditUnitId => null;

    string IAuditable.AuditLabel => $"{Year}年";
}

/// <summary>One holiday or make-up workday (调休) of the official calendar.</summary>
public sealed class CalendarDayRecord : IAuditable
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    public string Name { get; set; } = "";

    public string Source { get; set; } = "";

    int? IAuditable.AuditUnitId => null;

    string IAuditable.AuditLabel => $"{Date:yyyy-MM-dd} {Name}";

    public CalendarDay ToDomain() => new(Date, Kind, Name, Source);
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.ToTable("CalendarYears");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
        b.Property(y => y.Source).HasMaxLength(200).IsRequired();
        b.Property(y => y.EnteredBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class CalendarDayRecordConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> b)
    {
        b.ToTable("CalendarDays");
        b.HasKey(d => d.Date);
        b.Property(d => d.Kind).HasMaxLength(16);
        b.Property(d => d.Name).HasMaxLength(32).IsRequired();
        b.Property(d => d.Source).HasMaxLength(200).IsRequired();
    }
}
