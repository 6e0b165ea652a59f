namespace Zwgk.Web.Tests.Infrastructure;

/// <summary>The demo accounts (Demo/DemoData.cs), named for what the tests use them for.</summary>
public static class DemoAccounts
{
    public const string AdminToken = Zwgk.Web.Demo.DemoData.AdminApiToken;

    public static readonly (string User, string Password) Admin = ("admin", "Zwgk2026Admin");
    public static readonly (string User, string Password) HaiyangOffice = ("office", "Zwgk2026Office");
    public static readonly (string User, string Password) DongcunEditor = ("editor", "Zwgk2026Editor");
    public static readonly (string User, string Password) HaiyangReviewer = ("reviewer", "Zwgk2026Review");
}
