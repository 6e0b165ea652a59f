using System.Security.Cryptography;
using Zwgk.Web.Attachments;

namespace Zwgk.Web.Tests.Attachments;

public sealed class AttachmentStoreTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly ListLogger<AttachmentStore> _log = new();

    public void Dispose() => _root.Dispose();

    private AttachmentStore Store(Action<AttachmentOptions>? configure = null) => new(TestFiles.Options(_root.Path, configure), _log);

    private List<string> StoredFiles() =>
        Directory.Exists(_root.Path)
            ? Directory.GetFiles(_root.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".tmp", StringComparison.Ordinal)).ToList()
            : [];

    private List<string> TempFiles() =>
        Directory.Exists(Path.Combine(_root.Path, ".tmp")) ? Directory.GetFiles(Path.Combine(_root.Path, ".tmp")).ToList() : [];

    [Fact]
    public async Task Saving_stores_the_bytes_under_their_sha256_and_reports_kind_and_size()
    {
        var bytes = TestFiles.Pdf("Notice", "通知");
        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var stored = await Store().SaveAsync(new MemoryStream(bytes), "关于开展政务公开工作的通知.pdf");

        Assert.Equal(expected, stored.Sha256);
        Assert.Equal(bytes.Length, stored.Size);
        Assert.Equal(FileKind.Pdf, stored.Kind);
        Assert.Equal("关于开展政务公开工作的通知.pdf", stored.SafeFileName);
        var path = Path.Combine(_root.Path, expected[..2], expected[2..4], expected);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task The_same_content_saved_twice_is_stored_once()
    {
        var bytes = TestFiles.Docx("关于公布2024年度政府信息公开工作年度报告的通知");
        var store = Store();

        var first = await store.SaveAsync(new MemoryStream(bytes), "年报.docx");
        var second = await store.SaveAsync(new MemoryStream(bytes), "年报（副本）.docx");

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("年报（副本）.docx", second.SafeFileName);
        Assert.Single(StoredFiles());
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Saving_many_copies_at_once_still_stores_one_file()
    {
        var bytes = TestFiles.Pdf("Same", "同");
        var store = Store();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => store.SaveAsync(new MemoryStream(bytes), $"副本{i}.pdf")));

        Assert.Single(results.Select(r => r.Sha256).Distinct());
        Assert.Single(StoredFiles());
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_while_streaming_and_leaves_no_temp_file()
    {
        var source = new EndlessPdfStream();

        var e = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store(o => o.MaxBytes = 4096).SaveAsync(source, "大文件.pdf"));

        Assert.Contains("超过大小上限 4 KB", e.Message, StringComparison.Ordinal);
        // At most one read buffer (80 KB) past the limit, not the endless rest.
        Assert.InRange(source.BytesRead, 4097, 4096 + 81920);
        Assert.Empty(TempFiles());
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted()
    {
        var bytes = TestFiles.Pdf("Edge", "界");

        var stored = await Store(o => o.MaxBytes = bytes.Length).SaveAsync(new MemoryStream(bytes), "a.pdf");

        Assert.Equal(bytes.Length, stored.Size);
    }

    [Fact]
    public async Task Refused_content_leaves_neither_temp_nor_stored_file()
    {
        var exe = new byte[1024];
        "MZ"u8.CopyTo(exe);

        var e = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().SaveAsync(new MemoryStream(exe), "通知.pdf"));

        Assert.Contains("可执行程序", e.Message, StringComparison.Ordinal);
        Assert.Empty(TempFiles());
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_forbidden_extension_is_refused_before_anything_is_read()
    {
        var e = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().SaveAsync(new UnreadableStream(), "index.html"));

        Assert.Contains("不允许上传 .html", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_upload_is_refused()
    {
        var e = await Assert.ThrowsAsync<AttachmentRejectedException>(() => Store().SaveAsync(new MemoryStream(), "通知.pdf"));

        Assert.Contains("文件为空", e.Message, StringComparison.Ordinal);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Cancelling_leaves_no_temp_file()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store().SaveAsync(new EndlessPdfStream(), "a.pdf", cts.Token));

        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task A_stored_file_reads_back()
    {
        var bytes = TestFiles.Ofd();
        var store = Store();
        var stored = await store.SaveAsync(new MemoryStream(bytes), "公文.ofd");

        await using var read = store.OpenRead(stored.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.True(store.Exists(stored.Sha256));
    }

    [Fact]
    public void Reading_unknown_content_is_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => Store().OpenRead(new string('a', 64)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("abc")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("g000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("00/00/0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000/")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000 ")]
    public void Reading_refuses_anything_but_a_sha256(string sha)
    {
        var e = Assert.Throws<ArgumentException>(() => Store().OpenRead(sha));

        Assert.Contains("附件标识无效", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"C:\Users\张三\Desktop\通知.pdf", "通知.pdf")]
    [InlineData("../../etc/通知.pdf", "通知.pdf")]
    [InlineData("  报告  .pdf  ", "报告  .pdf")]
    [InlineData("a<b>c:d\"e|f?g*.pdf", "abcdefg.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("tab\there.pdf", "tabhere.pdf")]
    [InlineData(".pdf", "pdf")]
    [InlineData("...", "附件")]
    [InlineData(null, "附件")]
    public void File_names_are_made_safe(string? name, string expected)
    {
        Assert.Equal(expected, AttachmentStore.SafeFileName(name));
    }

    [Fact]
    public void Long_file_names_keep_their_extension()
    {
        var safe = AttachmentStore.SafeFileName(new string('政', 500) + ".docx");

        Assert.Equal(200, safe.Length);
        Assert.EndsWith(".docx", safe, StringComparison.Ordinal);
    }

    /// <summary>A PDF header followed by zeros forever, counting what the store pulled.</summary>
    private sealed class EndlessPdfStream : Stream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Clear();
            if (BytesRead == 0)
            {
                "%PDF-1.4\n"u8.CopyTo(buffer);
            }

            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("must not be read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("must not be read");
    }
}
