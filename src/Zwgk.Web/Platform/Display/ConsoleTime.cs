using System.Globalization;
using Microsoft.AspNetCore.Html;
using Zwgk.Domain.Calendar;

namespace Zwgk.Web.Platform.Display;

/// <summary>
/// The one formatter of instants in the console: China time (Asia/Shanghai) to the minute, in a &lt;time&gt; element whose
/// machine value carries the +08:00 offset, so every time on a page is in the same zone and says so.
/// </summary>
public static class ConsoleTime
{
    public static string Text(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Text(DateTime? utc, string none = "—") => utc is DateTime t ? Text(t) : none;

    /// <summary>ISO 8601 with the China offset, e.g. 2026-03-02T09:00:00+08:00.</summary>
    public static string Iso(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture);

    public static IHtmlContent Html(DateTime utc) =>
        new HtmlString($"<time datetime=\"{Iso(utc)}\">{Text(utc)}</time>");

    public static IHtmlContent Html(DateTime? utc, string none = "—") => utc is DateTime t ? Html(t) : new HtmlString(System.Net.WebUtility.HtmlEncode(none));
}
