using System.Linq.Expressions;
using Zwgk.Domain.Workflow;

namespace Zwgk.Domain.Documents;

/// <summary>The steps of a document's life, as the console offers them.</summary>
public enum DocumentStep
{
    Edit,
    Submit,
    PassConfidentialityReview,
    RecordFiling,
    SignOff,
    Return,
    Withdraw,
    Correct,
    SubmitCorrection,
    PassCorrectionReview,
    SignOffCorrection,
    ReturnCorrection,
    ConvertToProactive,
    DeclareValidity,
}

// The read side of the rules in Document.cs: what the public sees and which steps a state allows.
public sealed partial class Document
{
    /// <summary>
    /// 主动公开: what the public may see — published and proactive. Every portal page, feed, sitemap and search starts
    /// from this, in SQL; <see cref="IsPublic"/> is the same rule on a loaded document.
    /// </summary>
    public static readonly Expression<Func<Document, bool>> Visible =
        d => d.State == DocumentState.Published && d.Attribute == DisclosureAttribute.Proactive;

    private static readonly Func<Document, bool> IsVisible = Visible.Compile();

    /// <summary>Only the public ever sees a document that is published and proactive.</summary>
    public bool IsPublic => IsVisible(this);

    /// <summary>The steps the current state allows; the transitions check the same states (and their other rules) again.</summary>
    public IReadOnlySet<DocumentStep> AvailableSteps() => State switch
    {
        DocumentState.Draft => Steps(DocumentStep.Edit, DocumentStep.Submit),
        DocumentState.ConfidentialityReview => Steps(DocumentStep.PassConfidentialityReview, DocumentStep.Return),
        DocumentState.AwaitingFiling => Steps(DocumentStep.RecordFiling, DocumentStep.Return),
        DocumentState.SignOff => Steps(DocumentStep.SignOff, DocumentStep.Return),
        DocumentState.Scheduled => Steps(DocumentStep.Return, DocumentStep.Withdraw),
        DocumentState.Published => Correction switch
        {
            CorrectionState.Draft => Steps(DocumentStep.Withdraw, DocumentStep.Correct, DocumentStep.SubmitCorrection, DocumentStep.DeclareValidity),
            CorrectionState.ConfidentialityReview => Steps(DocumentStep.Withdraw, DocumentStep.PassCorrectionReview, DocumentStep.ReturnCorrection, DocumentStep.DeclareValidity),
            CorrectionState.SignOff => Steps(DocumentStep.Withdraw, DocumentStep.SignOffCorrection, DocumentStep.ReturnCorrection, DocumentStep.DeclareValidity),
            _ => Steps(DocumentStep.Withdraw, DocumentStep.Correct, DocumentStep.DeclareValidity),
        },
        DocumentState.Filed when Attribute != DisclosureAttribute.Proactive => Steps(DocumentStep.ConvertToProactive, DocumentStep.DeclareValidity),
        DocumentState.Filed => Steps(DocumentStep.DeclareValidity),
        _ => Steps(),
    };

    private static HashSet<DocumentStep> Steps(params DocumentStep[] steps) => [.. steps];
}
