using Microsoft.Extensions.Logging;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Tests.Attachments;

public sealed class TextExtractorTests
{
    private readonly ListLogger<TextExtractor> _log = new();

    private TextExtractor Extractor(int maxChars = AttachmentOptions.DefaultMaxExtractedChars) =>
        new(TestFiles.Options("unused", o => o.MaxExtractedChars = maxChars), _log);

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_zip_bomb_gives_no_text_and_a_warning_instead_of_inflating(string kind)
    {
        var file = kind == "docx" ? TestFiles.Docx("正文") : TestFiles.Xlsx(("表", [["项目"]]));
        var bomb = TestFiles.ZipBomb(file, 200, part: kind == "docx" ? "word/bomb.xml" : "xl/bomb.xml");
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb should be small, is {bomb.Length} bytes");

        var text = Extractor().Extract(new MemoryStream(bomb), kind == "docx" ? FileKind.Docx : FileKind.Xlsx);

        Assert.Null(text);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("解压后超过 100 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void The_zip_bound_counts_inflated_bytes_and_keeps_the_stream_position()
    {
        var file = TestFiles.Xlsx(("表", [["项目"]]));
        using var small = new MemoryStream(TestFiles.ZipBomb(file, 3));
        small.Position = 5;
        Assert.Null(Zwgk.Web.Platform.ZipLimits.Check(small, 4L * 1024 * 1024));
        Assert.Equal(5, small.Position);

        // Declared sizes pass the first check; the bytes counted while inflating do not.
        using var honest = new MemoryStream(TestFiles.ZipBomb(file, 3));
        Assert.Equal("文件解压后超过 2 MB，无法导入。", Zwgk.Web.Platform.ZipLimits.Check(honest, 2L * 1024 * 1024));
    }

    [Fact]
    public void Docx_paragraphs_come_out_one_per_line_in_chinese()
    {
        var docx = TestFiles.Docx("关于开展2024年度政务公开工作的通知", "各乡镇人民政府、市政府各部门：", "", "现将有关事项通知如下。");

        var text = Extractor().Extract(new MemoryStream(docx), FileKind.Docx);

        Assert.Equal("关于开展2024年度政务公开工作的通知\n各乡镇人民政府、市政府各部门：\n现将有关事项通知如下。", text);
    }

    [Fact]
    public void Xlsx_cells_come_out_sheet_by_sheet_from_shared_and_inline_strings()
    {
        var xlsx = TestFiles.Xlsx(
            ("收入", [["项目", "金额（万元）"], ["税收收入", 1234.5], ["~非税收入", 88]]),
            ("支出", [["一般公共服务支出", 300]]));

        var text = Extractor().Extract(new MemoryStream(xlsx), FileKind.Xlsx);

        Assert.Equal("收入\n项目\t金额（万元）\n税收收入\t1234.5\n非税收入\t88\n支出\n一般公共服务支出\t300", text);
    }

    [Fact]
    public void Pdf_text_comes_out_including_chinese_mapped_through_to_unicode()
    {
        var pdf = TestFiles.Pdf("Government Information Disclosure 2024", "政务公开工作年度报告");

        var text = Extractor().Extract(new MemoryStream(pdf), FileKind.Pdf);

        Assert.NotNull(text);
        Assert.Contains("Government Information Disclosure 2024", text, StringComparison.Ordinal);
        Assert.Contains("政务公开工作年度报告", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_seekable_stream_is_read_too()
    {
        var docx = TestFiles.Docx("信息公开指南");

        var text = Extractor().Extract(new ForwardOnlyStream(docx), FileKind.Docx);

        Assert.Equal("信息公开指南", text);
    }

    [Fact]
    public void Text_is_capped()
    {
        var docx = TestFiles.Docx(Enumerable.Range(0, 200).Select(i => $"第{i}条 政府信息公开应当坚持以公开为常态、不公开为例外").ToArray());

        var text = Extractor(maxChars: 100).Extract(new MemoryStream(docx), FileKind.Docx);

        Assert.Equal(100, text!.Length);
        Assert.StartsWith("第0条", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_corrupt_file_gives_null_and_a_warning(string extension)
    {
        var kind = FileKind.ForExtension(extension)!;
        var garbage = extension == "pdf"
            ? "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage"u8.ToArray()
            : TestFiles.Zip(("[Content_Types].xml", "not xml at all"), ("word/document.xml", "<w:document"));

        var text = Extractor().Extract(new MemoryStream(garbage), kind);

        Assert.Null(text);
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(kind.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_kinds_give_null_without_reading()
    {
        var extractor = Extractor();

        Assert.Null(extractor.Extract(new MemoryStream(TestFiles.Ofd()), FileKind.Ofd));
        Assert.Null(extractor.Extract(new MemoryStream(TestFiles.CfbHeader), FileKind.Doc));
        Assert.Null(extractor.Extract(new MemoryStream([0x89, 0x50]), FileKind.Png));
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public async Task A_stored_file_can_be_extracted_from_the_store()
    {
        using var root = new TempFolder();
        var store = new AttachmentStore(TestFiles.Options(root.Path), new ListLogger<AttachmentStore>());
        var stored = await store.SaveAsync(new MemoryStream(TestFiles.Docx("政府信息公开申请表")), "申请表.docx");

        await using var content = store.OpenRead(stored.Sha256);

        Assert.Equal("政府信息公开申请表", Extractor().Extract(content, stored.Kind));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
