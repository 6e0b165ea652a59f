using System.Linq.Expressions;

namespace Zwgk.Domain.Catalogs;

/// <summary>The steps of a catalog version, as the console offers them.</summary>
public enum CatalogStep
{
    /// <summary>Items, import and change reason.</summary>
    Edit,
    Submit,
    Return,
    Approve,
    Publish,
    StartRevision,
}

// The read side of the rules in StandardCatalog.cs: which versions the public sees, which are open, which steps a state allows.
public sealed partial class StandardCatalog
{
    /// <summary>The versions the public sees: the current one and those it replaced (the change history, seed 000 §三(一)3).</summary>
    public static readonly Expression<Func<StandardCatalog, bool>> Public =
        c => c.State == CatalogState.Published || c.State == CatalogState.Superseded;

    /// <summary>The current version of a unit's catalog (at most one).</summary>
    public static readonly Expression<Func<StandardCatalog, bool>> Current = c => c.State == CatalogState.Published;

    /// <summary>The versions still in play: the current one and the one being prepared; superseded ones are history.</summary>
    public static readonly Expression<Func<StandardCatalog, bool>> Open = c => c.State != CatalogState.Superseded;

    public static bool IsPublicState(CatalogState s) => s is CatalogState.Published or CatalogState.Superseded;

    /// <summary>The steps the current state allows; the transitions check the same states (and the reviewer's level) again.</summary>
    public IReadOnlySet<CatalogStep> AvailableSteps() => State switch
    {
        CatalogState.Draft => new HashSet<CatalogStep> { CatalogStep.Edit, CatalogStep.Submit },
        CatalogState.Submitted => new HashSet<CatalogStep> { CatalogStep.Return, CatalogStep.Approve },
        CatalogState.Approved => new HashSet<CatalogStep> { CatalogStep.Publish },
        CatalogState.Published => new HashSet<CatalogStep> { CatalogStep.StartRevision },
        _ => new HashSet<CatalogStep>(),
    };
}
