using Zwgk.Web.Outbound;
using Zwgk.Web.Search;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Audit;
using Zwgk.Web.Calendar;
using Zwgk.Web.Catalogs;
using Zwgk.Web.Demo;
using Zwgk.Web.Display;
using Zwgk.Web.Documents;
using Zwgk.Web.Gazette;
using Zwgk.Web.Attachments;
using Zwgk.Web.Organizations;
using Zwgk.Web.PageCache;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Platform.Edge;
using Zwgk.Web.Platform.Errors;
using Zwgk.Web.Platform.Input;
using Zwgk.Web.Platform.Jobs;
using Zwgk.Web.Platform.RateLimits;
using Zwgk.Web.Platform.Seeding;
using Zwgk.Web.Portal;
using Zwgk.Web.Requests;
using Zwgk.Web.Sites;

// Operator commands (migrate, bootstrap) run instead of the web host (Platform/Commands.cs).
var command = Commands.Parse(args);
var builder = WebApplication.CreateBuilder(Commands.HostArgs(args));
var services = builder.Services;

services.AddSingleton(TimeProvider.System);
// The server's body limit sits above the features' own upload limits (requests: 30 MB per request, checked with a
// Chinese message), so an applicant over them is told why instead of getting a bare 413 from Kestrel.
builder.WebHost.ConfigureKestrel(o =>
{
    o.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
    o.AddServerHeader = false;
});
// Chinese text stays readable in the HTML source (and in page tags) instead of becoming &#x…; entities.
services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
services.AddHttpContextAccessor();
services.AddForwardedHeadersFromProxies(builder.Configuration);
// Cookies are Secure whenever the request is https, and behind the TLS proxy it is: the forwarded scheme from a known
// proxy (ForwardedHeaders:KnownProxies) counts, and HSTS keeps browsers on https. "Always" would break every form of an
// instance an operator reaches over plain http on its own port (antiforgery refuses to run there).
var cookieSecurity = CookieSecurePolicy.SameAsRequest;
services.AddAntiforgery(o =>
{
    o.HeaderName = ApiCsrfCheck.HeaderName;
    o.Cookie.SecurePolicy = cookieSecurity;
});
services.AddScoped<AuditContext>();
services.AddScoped<Zwgk.Web.Platform.Display.People>();
services.AddScoped<Zwgk.Web.Admin.WorkQueue>();
services.AddZwgkDatabase(builder.Configuration, builder.Environment);
services.AddEditConflicts();
services.AddAttachments(builder.Configuration, builder.Environment);

// Keys live in the database so every instance behind a load balancer can read every cookie.
services.AddDataProtection().SetApplicationName("Zwgk").PersistKeysToDbContext<ZwgkDbContext>()
    .ProtectKeysFromConfiguration(builder.Configuration, builder.Environment);
services.TryAddClusterLocks();
services.AddScoped<Bootstrap>();

services.AddIdentityCore<AppUser>(o =>
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
    })
    .AddSignInManager()
    .AddEntityFrameworkStores<ZwgkDbContext>()
    .AddDefaultTokenProviders()
    .AddErrorDescriber<ChineseIdentityErrorDescriber>();
services.Configure<SecurityStampValidatorOptions>(o =>
{
    o.ValidationInterval = TimeSpan.FromMinutes(1);
    o.OnRefreshingPrincipal = Zwgk.Web.Accounts.Sessions.UserSessionEvents.CarryOverAsync;
});
services.AddScoped<Zwgk.Web.Accounts.Sessions.UserSessions>();

services.AddAuthentication(AuthSchemes.Smart)
    .AddPolicyScheme(AuthSchemes.Smart, "Cookie or token", o => o.ForwardDefaultSelector = ctx =>
        ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? AuthSchemes.ApiToken
            : IdentityConstants.ApplicationScheme)
    .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(AuthSchemes.ApiToken, null)
    .AddIdentityCookies(c => c.ApplicationCookie!.Configure(o =>
    {
        o.LoginPath = "/admin/login";
        o.LogoutPath = "/admin/logout";
        o.AccessDeniedPath = "/admin/denied";
        o.Cookie.Name = "zwgk.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = cookieSecurity;
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Events = CookieApiEvents.Create();
    }));

services.AddAuthorization(o =>
{
    o.AddPermissionPolicies();
    o.DefaultPolicy = new AuthorizationPolicyBuilder(AuthSchemes.Smart).RequireAuthenticatedUser().Build();
});
// One call per feature; each also registers its shipped and demo data (Platform/Seeding), run below in this order.
services.AddAccounts(builder.Configuration);
services.AddOrganizations();
services.AddDocuments();
services.AddPageCache(builder.Configuration);
services.AddSharedRateLimits(builder.Configuration);
services.AddInformationRequests(builder.Configuration);
services.AddCatalogs();
services.AddGazette();
services.AddOutbound(builder.Configuration);

services.AddRazorPages(o =>
{
    o.RootDirectory = "/";
});
// Enums travel by name in the API ("Editor", "Township"), as they are stored.
services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Localise);
services.AddErrorResponses();
// Every text field is cleaned and every date bounded where it enters (pages, JSON, query and form values).
services.AddInputBoundary();
services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Info.Title = "Zwgk 政务公开平台 API";
    doc.Info.Version = "v1";
    doc.Info.Description = "公开接口无需认证；管理接口使用登录 Cookie 或个人访问令牌（Authorization: Bearer zwgk_…）。错误以 problem+json 返回。";
    return Task.CompletedTask;
}));

var app = builder.Build();

if (command is { IsKnown: false } or { WantsHelp: true })
{
    Environment.ExitCode = await command.RunAsync(app.Services, Console.Out, Console.In);
    return;
}

// Migrations and shipped data run on one replica at a time, so replicas starting together on an empty database are safe;
// Production may set Database:MigrateOnStart=false and run `migrate` ahead of a rollout instead.
if (command is not null || app.Configuration.GetValue("Database:MigrateOnStart", true))
{
    await using var migrating = await app.Services.GetRequiredService<ClusterLocks>().AcquireAsync("migrate", TimeSpan.FromMinutes(10));
    await Database.MigrateAsync(app.Services);
    await DataSeeds.RunAsync(app.Services, DemoData.ShouldSeed(app.Configuration, app.Environment));
}

if (command is not null)
{
    Environment.ExitCode = await command.RunAsync(app.Services, Console.Out, Console.In);
    return;
}

// First: everything after reads the client's address, scheme and host as the proxy saw them.
app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

// Errors answer problem+json to API clients and a Chinese page in the site's or console's layout to browsers, in every environment.
app.UseErrorResponses();
app.UseStaticFiles();
app.UseMiddleware<SiteResolutionMiddleware>();
app.UseRouting();
// Before authentication: a cached public page costs no cookie or user work (docs/adr/0014).
app.UseOutputCache();
app.UseAuthentication();
app.UseMiddleware<ApiCsrfCheck>();
app.UseMiddleware<RequestAuditMiddleware>();
app.UseAuthorization();
app.UseRateLimiter();

app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).WithTags("平台").AllowAnonymous();
app.MapReadiness();
app.MapOpenApi();
app.MapScalarApiReference("/api/docs", o => o.WithTitle("Zwgk API 参考"));
var api = app.MapGroup("/api/v1").WithInputBoundary().WithEditConflicts();
api.MapCalendarApi();
api.MapOrganizationsApi();
api.MapSitesApi();
api.MapAccountsApi();
api.MapAuditApi();
app.MapDocuments(api);
api.MapSearchApi();
api.MapRequestsApi();
api.MapCatalogsApi();
app.MapOutbound(api);
app.MapPortalFeeds();
app.MapDisplaySwitch();
app.MapGazette();
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        app.Logger.LogInformation("Zwgk 已启动：{Url} （管理后台：{Url}/admin）", url, url);
    }
});

await app.RunAsync();

/// <summary>Entry point type, visible to the integration tests.</summary>
public partial class Program;
