using System.Text;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Tests.Attachments;

public sealed class FileKindSnifferTests
{
    private static SniffResult Sniff(byte[] bytes, string name, params string[] allowed) =>
        FileKindSniffer.Sniff(new MemoryStream(bytes), name, allowed.Length == 0 ? null : allowed);

    private static byte[] Ascii(string s) => Encoding.UTF8.GetBytes(s);

    private static void AssertRejected(SniffResult result, string messagePart)
    {
        Assert.False(result.IsAccepted);
        Assert.Null(result.Kind);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_is_a_pdf()
    {
        var result = Sniff(TestFiles.Pdf("Notice", "通知"), "关于开展政务公开工作的通知.PDF");

        Assert.True(result.IsAccepted);
        Assert.Equal(FileKind.Pdf, result.Kind);
        Assert.Equal("application/pdf", result.Kind!.MimeType);
        Assert.Equal("PDF 文档", result.Kind.DisplayName);
    }

    [Fact]
    public void An_exe_renamed_to_pdf_is_refused_as_an_executable()
    {
        var exe = new byte[256];
        "MZ"u8.CopyTo(exe);

        AssertRejected(Sniff(exe, "通知.pdf"), "可执行程序");
    }

    [Theory]
    [InlineData("\u007FELF\u0002\u0001\u0001", "可执行程序")]
    [InlineData("#!/bin/sh\nrm -rf /\n", "脚本")]
    public void Executables_and_scripts_are_refused_whatever_their_name(string head, string message) =>
        AssertRejected(Sniff(Ascii(head), "报告.docx"), message);

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "通知.doc")]
    [InlineData("  \n<html><script>alert(1)</script></html>", "通知.pdf")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "图片.png")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "图片.jpg")]
    public void Markup_is_refused_under_any_name(string markup, string name) =>
        AssertRejected(Sniff(Ascii(markup), name), "HTML/SVG");

    [Fact]
    public void Markup_in_utf16_is_still_markup()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<html><script>x</script></html>")).ToArray();

        AssertRejected(Sniff(bytes, "a.doc"), "HTML/SVG");
    }

    [Fact]
    public void A_pdf_header_carrying_html_is_refused_as_a_polyglot()
    {
        var bytes = Ascii("%PDF-1.4\n<html><script>alert(1)</script></html>\n");

        AssertRejected(Sniff(bytes, "a.pdf"), "网页标记");
    }

    [Fact]
    public void A_text_file_named_xlsx_is_refused()
    {
        AssertRejected(Sniff(Ascii("姓名,金额\n张三,100\n"), "预算表.xlsx"), "与扩展名 .xlsx 不符");
    }

    [Fact]
    public void A_plain_zip_named_xlsx_is_refused_and_the_message_says_what_it_is()
    {
        AssertRejected(Sniff(TestFiles.Zip(("a.txt", "x")), "预算表.xlsx"), "ZIP 压缩包");
    }

    [Fact]
    public void A_docx_named_doc_is_refused_with_the_right_extension_in_the_message()
    {
        AssertRejected(Sniff(TestFiles.Docx("正文"), "通知.doc"), "Word 文档（.docx）");
    }

    [Fact]
    public void A_zip_is_a_zip()
    {
        Assert.Equal(FileKind.Zip, Sniff(TestFiles.Zip(("附件1.txt", "内容"), ("目录/附件2.txt", "内容")), "材料.zip").Kind);
    }

    [Fact]
    public void An_empty_zip_is_a_zip()
    {
        Assert.Equal(FileKind.Zip, Sniff(TestFiles.Zip(), "空.zip").Kind);
    }

    [Fact]
    public void A_zip_with_ofd_xml_at_the_root_is_ofd()
    {
        var result = Sniff(TestFiles.Ofd(), "公文.ofd");

        Assert.Equal(FileKind.Ofd, result.Kind);
        Assert.Equal("OFD 版式文件", result.Kind!.DisplayName);
    }

    [Fact]
    public void A_zip_without_ofd_xml_named_ofd_is_refused()
    {
        AssertRejected(Sniff(TestFiles.Zip(("Doc_0/OFD.xml", "<x/>")), "公文.ofd"), "与扩展名 .ofd 不符");
    }

    [Fact]
    public void Office_open_xml_files_are_told_apart_by_their_parts()
    {
        Assert.Equal(FileKind.Docx, Sniff(TestFiles.Docx("正文"), "通知.docx").Kind);
        Assert.Equal(FileKind.Xlsx, Sniff(TestFiles.Xlsx(("Sheet1", [["a"]])), "表.xlsx").Kind);
        Assert.Equal(FileKind.Pptx, Sniff(TestFiles.Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p/>")), "汇报.pptx").Kind);
    }

    [Theory]
    [InlineData("通知.doc", "doc")]
    [InlineData("预算.xls", "xls")]
    [InlineData("汇报.ppt", "ppt")]
    [InlineData("通知.wps", "wps")]
    [InlineData("预算.et", "et")]
    [InlineData("汇报.dps", "dps")]
    public void Ole_compound_files_take_their_kind_from_the_extension(string name, string extension)
    {
        Assert.Equal(extension, Sniff(TestFiles.CfbHeader, name).Kind?.Extension);
    }

    [Fact]
    public void An_ole_compound_file_with_another_extension_is_refused()
    {
        AssertRejected(Sniff(TestFiles.CfbHeader, "通知.docx"), "OLE 复合文档");
        AssertRejected(Sniff(TestFiles.CfbHeader, "通知.pdf"), "OLE 复合文档");
    }

    [Fact]
    public void A_doc_that_is_not_an_ole_compound_file_is_refused()
    {
        AssertRejected(Sniff(Ascii("{\\rtf1 hello}"), "通知.doc"), "与扩展名 .doc 不符");
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "图.png", "png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "图.jpg", "jpg")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0, 16 }, "图.JPEG", "jpg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "图.gif", "gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "图.webp", "webp")]
    public void Pictures_are_recognised(byte[] bytes, string name, string extension)
    {
        Assert.Equal(extension, Sniff(bytes, name).Kind?.Extension);
    }

    [Fact]
    public void A_png_named_jpg_is_refused()
    {
        AssertRejected(Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "图.jpg"), "PNG 图片");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        AssertRejected(Sniff([], "通知.pdf"), "文件为空");
    }

    [Fact]
    public void A_file_without_extension_is_refused()
    {
        AssertRejected(Sniff(TestFiles.Pdf("a", "字"), "通知"), "缺少扩展名");
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("首页.html")]
    [InlineData("图标.svg")]
    [InlineData("说明.txt")]
    public void Extensions_outside_the_list_are_refused(string name)
    {
        AssertRejected(Sniff(Ascii("whatever"), name), "不允许上传");
    }

    [Fact]
    public void The_allowed_list_can_be_narrowed()
    {
        AssertRejected(Sniff(TestFiles.Docx("正文"), "通知.docx", "pdf", "ofd"), "不允许上传 .docx");
        Assert.Equal(FileKind.Pdf, Sniff(TestFiles.Pdf("a", "字"), "通知.pdf", "pdf", "ofd").Kind);
    }

    [Fact]
    public void A_damaged_zip_is_refused()
    {
        var bytes = Ascii("PK\u0003\u0004 this is not really a zip archive at all");

        AssertRejected(Sniff(bytes, "材料.zip"), "压缩包已损坏");
    }

    [Theory]
    [InlineData(@"C:\Users\张三\Desktop\通知.PDF", "pdf")]
    [InlineData("dir/sub/表格.xlsx", "xlsx")]
    [InlineData("archive.tar.gz", "gz")]
    [InlineData("no-extension", "")]
    [InlineData("trailing.", "")]
    public void Extension_is_the_lower_case_last_one(string name, string extension)
    {
        Assert.Equal(extension, FileKindSniffer.ExtensionOf(name));
    }

    [Fact]
    public void Sniffing_leaves_the_stream_at_its_start()
    {
        var stream = new MemoryStream(TestFiles.Docx("正文"));

        FileKindSniffer.Sniff(stream, "a.docx");

        Assert.Equal(0, stream.Position);
    }
}
