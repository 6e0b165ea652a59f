namespace Zwgk.Web.Requests.Letters;

/// <summary>The shipped 标准文本: one per notice kind and one reply per outcome; a unit's own text overrides it for that unit only.</summary>
public static class DefaultLetterTemplates
{
    public static LetterTemplate For(LetterTemplateKey key) => key.Kind switch
    {
        LetterKind.Acknowledgement => DefaultNoticeTemplates.Acknowledgement,
        LetterKind.ClarificationNotice => DefaultNoticeTemplates.ClarificationNotice,
        LetterKind.ExtensionNotice => DefaultNoticeTemplates.ExtensionNotice,
        LetterKind.ThirdPartyConsultation => DefaultNoticeTemplates.ThirdPartyConsultation,
        LetterKind.FeeNotice => DefaultNoticeTemplates.FeeNotice,
        LetterKind.TransferNotice => DefaultNoticeTemplates.TransferNotice,
        _ => DefaultReplyTemplates.For(key.Outcome!.Value),
    };
}
