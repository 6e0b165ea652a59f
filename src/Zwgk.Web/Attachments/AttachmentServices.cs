using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zwgk.Web.Attachments;

public static class AttachmentServices
{
    public const string StorageRootKey = "Storage:Root";
    public const string DefaultStorageRoot = "data/files";

    /// <summary>Binds "Attachments", resolves Storage:Root (default data/files) against the content root, registers the store and extractor.</summary>
    public static IServiceCollection AddAttachments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.Section))
            .Configure(o => o.StorageRoot = ResolveRoot(configuration[StorageRootKey], environment.ContentRootPath))
            .Validate(o => o.MaxBytes > 0, "Attachments:MaxBytes 必须大于 0。")
            .Validate(o => o.MaxExtractedChars > 0, "Attachments:MaxExtractedChars 必须大于 0。")
            .Validate(
                o => o.EffectiveAllowedExtensions.All(e => FileKind.ForExtension(e) is not null),
                "Attachments:AllowedExtensions 含有无法识别的类型；可用：" + string.Join("、", FileKind.All.SelectMany(k => k.Extensions)) + "。")
            .Validate(o => o.OrphanGrace >= TimeSpan.FromHours(3), "Attachments:OrphanGrace 不得短于 3 小时（被退回的表单保留已上传文件 2 小时）。")
            .ValidateOnStart();
        services.TryAddSingleton<AttachmentStore>();
        services.TryAddSingleton<TextExtractor>();
        services.TryAddScoped<OrphanFileSweep>();
        services.AddHostedService<OrphanFileSweeping>();
        return services;
    }

    public static string ResolveRoot(string? configured, string contentRoot)
    {
        var root = string.IsNullOrWhiteSpace(configured) ? DefaultStorageRoot : configured;
        return Path.GetFullPath(Path.IsPathRooted(root) ? root : Path.Combine(contentRoot, root));
    }
}
