namespace Zwgk.Web.Display;

/// <summary>How the portal and the console are shown to this visitor: the visitor's own choice, remembered in a cookie.</summary>
public enum DisplayMode
{
    /// <summary>The ordinary layout.</summary>
    Standard,

    /// <summary>适老化: larger type, higher contrast, wider line spacing, a simpler layout, larger targets (工信部《互联网网站适老化通用设计规范》2020).</summary>
    Elder,

    /// <summary>政务公开专区: the touch screens of a service hall (seeds 000, 003 §二(四), 004 §二(五)).</summary>
    Kiosk,
}

/// <summary>Reads and names the display mode. The cookie holds only one of the three names; anything else is the standard mode.</summary>
public static class DisplayModes
{
    public const string CookieName = "zwgk.display";

    /// <summary>The name in the cookie and in the switch address (/display/{name}).</summary>
    public static string Key(this DisplayMode mode) => mode switch
    {
        DisplayMode.Elder => "elder",
        DisplayMode.Kiosk => "kiosk",
        _ => "standard",
    };

    public static DisplayMode? Parse(string? key) => key switch
    {
        "elder" => DisplayMode.Elder,
        "kiosk" => DisplayMode.Kiosk,
        "standard" => DisplayMode.Standard,
        _ => null,
    };

    private const string ForcedKey = "zwgk.display-forced";

    /// <summary>The mode of this request: one a page forced (the 专区 start page), else the visitor's cookie.</summary>
    public static DisplayMode Of(HttpContext context) =>
        context.Items[ForcedKey] is DisplayMode forced ? forced : Parse(context.Request.Cookies[CookieName]) ?? DisplayMode.Standard;

    /// <summary>Shows this request in <paramref name="mode"/> and remembers it for the visitor's next pages.</summary>
    public static void Enter(HttpContext context, DisplayMode mode)
    {
        context.Items[ForcedKey] = mode;
        if (Parse(context.Request.Cookies[CookieName]) != mode)
        {
            Remember(context, mode);
        }
    }

    public static void Remember(HttpContext context, DisplayMode mode)
    {
        if (mode == DisplayMode.Standard)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
            return;
        }

        context.Response.Cookies.Append(CookieName, mode.Key(), new CookieOptions
        {
            // One choice for the whole cluster (every /s/{code} site and the console); a preference, never a credential.
            Path = "/",
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }

    /// <summary>The class on &lt;body&gt; that the stylesheet keys on.</summary>
    public static string CssClass(HttpContext context) => "mode-" + Of(context).Key();
}
