using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Tests.Attachments;

public sealed class AttachmentServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, string contentRoot = "/srv/zwgk")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddAttachments(configuration, new Environment(contentRoot))
            .BuildServiceProvider();
    }

    [Fact]
    public void Defaults_store_under_data_files_of_the_content_root_with_a_50_MB_limit()
    {
        using var sp = Build([]);
        var o = sp.GetRequiredService<IOptions<AttachmentOptions>>().Value;

        Assert.Equal(Path.GetFullPath("/srv/zwgk/data/files"), o.StorageRoot);
        Assert.Equal(50L * 1024 * 1024, o.MaxBytes);
        Assert.Contains("ofd", o.EffectiveAllowedExtensions);
        Assert.DoesNotContain("html", o.EffectiveAllowedExtensions);
        Assert.Same(sp.GetRequiredService<AttachmentStore>(), sp.GetRequiredService<AttachmentStore>());
        Assert.NotNull(sp.GetRequiredService<TextExtractor>());
    }

    [Fact]
    public void Configuration_replaces_the_allowed_list_and_sets_root_and_limit()
    {
        using var sp = Build(new()
        {
            ["Storage:Root"] = "/var/lib/zwgk/files",
            ["Attachments:MaxBytes"] = "1048576",
            ["Attachments:AllowedExtensions:0"] = ".PDF",
            ["Attachments:AllowedExtensions:1"] = "ofd",
        });
        var o = sp.GetRequiredService<IOptions<AttachmentOptions>>().Value;

        Assert.Equal(Path.GetFullPath("/var/lib/zwgk/files"), o.StorageRoot);
        Assert.Equal(1048576, o.MaxBytes);
        Assert.Equal(["pdf", "ofd"], o.EffectiveAllowedExtensions);
        Assert.Equal("1 MB", o.MaxSizeText);
    }

    [Fact]
    public void An_unknown_extension_in_the_list_fails_validation()
    {
        using var sp = Build(new() { ["Attachments:AllowedExtensions:0"] = "html" });

        var e = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<AttachmentOptions>>().Value);

        Assert.Contains("无法识别的类型", e.Message, StringComparison.Ordinal);
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "Zwgk.Web";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
