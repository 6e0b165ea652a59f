using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Zwgk.Web.Platform;
using Zwgk.Web.Tests.Attachments;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Operations;

/// <summary>scripts/backup.sh and scripts/restore.sh: a published document and its attachment survive a round trip into a new database and store.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Backup_restored_into_a_new_database_and_store_serves_the_document_and_its_attachment()
    {
        var work = Directory.CreateTempSubdirectory("zwgk-backup-").FullName;
        var source = new ZwgkFactory { Settings = { ["Storage:Root"] = Path.Combine(work, "files-a") } };
        var target = new ZwgkFactory { Settings = { ["Storage:Root"] = Path.Combine(work, "files-b") } };
        try
        {
            await source.InitializeAsync();
            var (url, docx, title) = await PublishWithAttachmentAsync(source);
            var archive = Path.Combine(work, "backup.tar.gz");
            await RunScriptAsync("backup.sh", source, Path.Combine(work, "files-a"), archive);

            await target.CreateDatabaseAsync();
            await RunScriptAsync("restore.sh", target, Path.Combine(work, "files-b"), archive);
            target.StartServer();

            var anonymous = target.CreateClient();
            var download = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
            var id = url.Split('/')[2];
            var document = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/documents/{id}");
            Assert.Equal(title, document.GetProperty("title").GetString());
        }
        finally
        {
            await ((IAsyncLifetime)target).DisposeAsync();
            await ((IAsyncLifetime)source).DisposeAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task Download_of_an_attachment_missing_from_the_store_says_so_in_chinese()
    {
        var root = Directory.CreateTempSubdirectory("zwgk-missing-").FullName;
        var host = new ZwgkFactory { Settings = { ["Storage:Root"] = root } };
        try
        {
            // The missing file is logged as an error on purpose: an operator must see it.
            host.ExpectLog("附件文件缺失");
            await host.InitializeAsync();
            var (url, _, _) = await PublishWithAttachmentAsync(host);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                File.Delete(file); // as on an instance that does not share the store
            }

            var download = await host.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.InternalServerError, download.StatusCode);
            Assert.Equal("application/problem+json", download.Content.Headers.ContentType?.MediaType);
            var problem = await download.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(MissingStoredFile.Title, problem.GetProperty("title").GetString());
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(string Url, byte[] Docx, string Title)> PublishWithAttachmentAsync(ZwgkFactory host)
    {
        const string title = "关于备份恢复演练的通知";
        var office = await host.AsUserAsync(DemoAccounts.HaiyangOffice);
        var unit = await host.UnitIdAsync("海阳市");
        var created = await office.PostAsJsonAsync("/api/v1/documents", DocumentsApiTests.Draft(unit, title));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var docx = TestFiles.Docx("备份恢复演练附件");
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", "演练.docx");
        var uploaded = await office.PostAsync($"/api/v1/documents/{id}/attachments", content);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var url = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        (await office.PostAsync($"/api/v1/documents/{id}/submit", null)).EnsureSuccessStatusCode();
        (await (await host.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/confidentiality-review", new { opinion = "不涉密" })).EnsureSuccessStatusCode();
        (await (await host.ReviewerAsync()).PostAsJsonAsync($"/api/v1/documents/{id}/sign-off", new { })).EnsureSuccessStatusCode();
        return (url, docx, title);
    }

    private static async Task RunScriptAsync(string script, ZwgkFactory host, string storageRoot, string archive)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", script), archive])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ZWGK_DB_PROVIDER"] = ZwgkFactory.Provider.ToString();
        start.Environment["ZWGK_STORAGE_ROOT"] = storageRoot;
        if (ZwgkFactory.Provider == DatabaseProvider.Postgres)
        {
            var pg = new NpgsqlConnectionStringBuilder(host.ConnectionString);
            start.Environment["ZWGK_DB"] = $"host={pg.Host} port={pg.Port} user={pg.Username} dbname={pg.Database}";
            if (pg.Password is { } password)
            {
                start.Environment["PGPASSWORD"] = password;
            }
        }
        else
        {
            start.Environment["ZWGK_DB"] = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(host.ConnectionString).DataSource;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}: {await output}{await errors}");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "scripts", "backup.sh")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("scripts/backup.sh not found above " + AppContext.BaseDirectory);
    }
}
