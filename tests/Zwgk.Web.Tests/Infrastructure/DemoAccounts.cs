namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>The demo accounts (Demo/DemoData.cs), named for what the tests use them for.</summary>
public static class DemoAccounts
{
    public const string AdminToken = Zwgk.Web.Demo.DemoData.AdminApiToken;

    public static readonly (string User, string Password) Admin = ("admin", "Zwgk2026Admin");
    public static readonly (string User, string Password) HaiyangOffice = ("office", "Zwgk2026Office");
    public static readonly (string User, string Password) DongcunEditor = ("editor", "Zwgk2026Editor");
    public static readonly (string User, string Password) HaiyangReviewer = ("reviewer", "Zwgk2026Review");

    /// <summary>The city's 政务公开办: reviews, signs off and records 备案 anywhere in the demo region, so a document drafted by any other account can pass 职责分离.</summary>
    public static readonly (string User, string Password) CityOffice = ("cityoffice", "Zwgk2026City");

    public static readonly (string User, string Password) HaiyangHandler = ("handler", "Zwgk2026Handler");
}
