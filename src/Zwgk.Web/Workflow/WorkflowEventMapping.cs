using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Workflow;

/// <summary>The one table shape of every aggregate's history; each aggregate keeps its own table and owner column.</summary>
public static class WorkflowEventMapping
{
    /// <summary>The aggregate's side: its events, deleted with it, loaded through the private list.</summary>
    public static void HasHistory<TAggregate, TState, TEvent>(
        this EntityTypeBuilder<TAggregate> owner, Expression<Func<TEvent, object?>> ownerId)
        where TAggregate : WorkflowAggregate<TState, TEvent>
        where TState : struct, Enum
        where TEvent : WorkflowEvent<TState>, new()
    {
        owner.HasMany(a => a.Events).WithOne().HasForeignKey(ownerId).OnDelete(DeleteBehavior.Cascade);
        owner.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>The event row: its table, the common columns and the owner index.</summary>
    /// <param name="stateLength">From/To are stored as the state's name in this many characters; null stores the number.</param>
    public static void MapEventRow<TState, TEvent>(
        this EntityTypeBuilder<TEvent> e, string table, Expression<Func<TEvent, object?>> ownerId, int noteMax = 2000, int? stateLength = 32)
        where TState : struct, Enum
        where TEvent : WorkflowEvent<TState>
    {
        e.ToTable(table);
        e.Property(x => x.Actor).HasMaxLength(256).IsRequired();
        e.Property(x => x.Action).HasMaxLength(32).IsRequired();
        if (stateLength is { } length)
        {
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(length);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(length);
        }

        e.Property(x => x.Note).HasMaxLength(noteMax);
        e.Property(x => x.PublicNote).HasMaxLength(1000);
        e.Ignore(x => x.IsPublic);
        e.HasIndex(ownerId);
    }
}
