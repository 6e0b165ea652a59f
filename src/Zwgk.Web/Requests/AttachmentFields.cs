using Zwgk.Domain.Requests;

namespace Zwgk.Web.Requests;

/// <summary>
/// The file inputs of a request form (one per kind of material) and the files a refused form kept, each as a checked box
/// carrying its protected token: the applicant does not choose them again, and unticking one drops it.
/// </summary>
public sealed record AttachmentFields(
    string IdPrefix, IReadOnlyList<(RequestAttachmentKind Kind, string Label)> Inputs, IReadOnlyList<(string Token, RequestUpload Upload)> Kept, string Accept, string Limits)
{
    public static AttachmentFields For(string idPrefix, RequestFiles files, IReadOnlyList<RequestUpload> kept, params (RequestAttachmentKind Kind, string Label)[] inputs) =>
        new(idPrefix, inputs, kept.Select(u => (files.Protect(u), u)).ToList(), files.Settings.Accept, files.LimitsText);
}
