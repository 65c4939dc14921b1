using System.Diagnostics;
using System.Text;
using Diplomatic.Umbraco.Importing;

namespace Diplomatic.Umbraco.Benchmarks.Importing;

/// <summary>
/// The hostile shapes of issue 12 at the default size cap (just under 20 MB each), for a one-shot measurement of
/// each in its own process: <c>dotnet run -c Release --project benchmarks/Diplomatic.Umbraco.Benchmarks -- hostile &lt;shape&gt;</c>
/// prints the time, the allocated bytes and the process's peak working set, and the first problem. <c>hostile list</c>
/// lists the shapes. The same shapes are asserted (refused or accepted, with their message, never timed) in
/// <c>ShapeGuardsTests</c>.
/// </summary>
internal static class HostileManuscripts
{
    /// <summary>Just under the default 20 MB cap.</summary>
    public const int Size = (20 * 1024 * 1024) - 1024;

    public static readonly (string Name, string File, Func<string> Text)[] Shapes =
    [
        ("md-lists-by-indent", "lists.md", () => Lines(k => new string(' ', 2 * k) + "- x")),
        ("md-lists-on-one-line", "lists1.md", () => Repeat("- ", "x")),
        ("md-quotes", "quotes.md", () => Repeat(">", " x")),
        ("md-emphasis", "emphasis.md", () => new string('*', Size / 2 - 1) + "x" + new string('*', Size / 2 - 1)),
        ("md-brackets", "brackets.md", () => Repeat("[", "x")),
        ("md-html-divs", "divs.md", () => "# A\n\n" + Repeat("<div>", "x")),
        ("md-many-headings", "headings.md", () => "---\ntitle: T\n---\n" + Numbered(i => $"# Article {i}\n\nText.\n\n")),
        ("md-many-links", "links.md", () => "---\ntitle: T\n---\n# A\n\n" + Repeat("[a](https://example.org) ", string.Empty)),
        ("md-wide-table", "table.md", () => "---\ntitle: T\n---\n# A\n\n|" + Repeat("a|", "\n|" + string.Concat(Enumerable.Repeat("-|", 1000)) + "\n", Size / 2)),
        ("html-nested-divs", "divs.html", () => "<html><body>" + Repeat("<div>", "x")),
        ("html-unclosed-b", "bold.html", () => "<html><body><p>" + Repeat("<b>", "x")),
        ("html-many-paragraphs", "many.html", () => "<html><head><title>T</title></head><body><article>" + Repeat("<p>Some words of text here.</p>", "</article></body></html>")),
        ("html-deep-under-cap", "deep.html", () => "<html><head><title>Deep</title></head><body>" + DeepUnderCap(ShapeGuards.MaxPageDepth - 8)),
        ("html-deep-under-ancestry", "ancestry.html", () => "<html><head><title>Deep</title></head><body>" + DeepUnderCap(40)),
        ("html-small-article", "small.html", () => "<html><head><title>Pakistan and Azerbaijan | Site</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Pakistan and Azerbaijan</h1>" + string.Concat(Enumerable.Repeat("<p>Pakistan and Azerbaijan have made substantial headway in cooperation, trade and energy over the decades.</p>", 20)) + "</article><footer>(c) Site</footer></body></html>"),
        ("txt-one-line", "line.txt", () => "Title\n\n" + Repeat("word ", ".")),
        ("txt-many-lines", "lines.txt", () => "Title\n\n" + Repeat("a.\n", string.Empty)),
        ("txt-bullets", "bullets.txt", () => "Title\n\n" + Repeat("• Share\n", string.Empty, Size * 8 / 10)),
        ("large-md", "large.md", () => ManuscriptGenerator.Markdown(LargeArticles)),
        ("large-txt", "large.txt", () => ManuscriptGenerator.PlainText(LargeArticles)),
    ];

    /// <summary>Articles of the 200-page generator that make about 19 MB (the MemoryDiagnoser case of issue 12).</summary>
    public const int LargeArticles = 1520;

    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[1] == "list")
        {
            foreach (var shape in Shapes)
            {
                Console.WriteLine(shape.Name);
            }

            Console.WriteLine("large-docx");
            return 0;
        }

        var (name, file, text) = args[1].StartsWith("html-depth-", StringComparison.Ordinal)
            ? (args[1], "depth.html", () => "<html><head><title>Deep</title></head><body>" + DeepUnderCap(int.Parse(args[1]["html-depth-".Length..], System.Globalization.CultureInfo.InvariantCulture)))
            : args[1] == "large-docx" ? ("large-docx", "large.docx", () => string.Empty) : Shapes.Single(s => s.Name == args[1]);
        var bytes = name == "large-docx" ? ManuscriptGenerator.Word(LargeArticles) : Encoding.UTF8.GetBytes(text());

        // A .docx is measured against its unpacked parts (what the reader parses), a text against its bytes.
        var input = name == "large-docx" ? UnpackedBytes(bytes) : bytes.Length;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        // The managed heap's high-water mark while reading, sampled: what the read holds beyond its input.
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                Thread.Sleep(2);
            }
        }) { IsBackground = true };
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var draft = new ManuscriptReader(new ImportingOptions()).Read(new MemoryStream(bytes, writable: false), file);
        var elapsed = clock.Elapsed;
        stop.Cancel();
        sampler.Join();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // What the finished draft itself holds (its bodies, titles, problems): the part of the peak no reader can give back.
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(draft);
        using var process = Process.GetCurrentProcess();
        var first = draft.Problems.FirstOrDefault(p => p.Severity == ProblemSeverity.Error)?.ToString() ?? $"accepted: {draft.Articles.Count} article(s)";
        Console.WriteLine($"{name}\t{bytes.Length / 1024.0 / 1024:F1} MB\t{elapsed.TotalSeconds:F2} s\tallocated {allocated / 1024.0 / 1024:F0} MB\tpeak heap +{(peak - baseline) / 1024.0 / 1024:F0} MB ({(double)(peak - baseline) / input:F1}× input{(input != bytes.Length ? $" of {input / 1024.0 / 1024:F1} MB unpacked" : string.Empty)})\tdraft holds +{retained / 1024.0 / 1024:F0} MB\tpeak working set {process.PeakWorkingSet64 / 1024.0 / 1024:F0} MB\t{(first.Length > 110 ? first[..110] + "…" : first)}");
        return 0;
    }

    private static long UnpackedBytes(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip, writable: false));
        return archive.Entries.Sum(e => e.Length);
    }

    private static string Repeat(string unit, string tail, int size = Size)
    {
        var builder = new StringBuilder(size);
        while (builder.Length + unit.Length + tail.Length <= size)
        {
            builder.Append(unit);
        }

        return builder.Append(tail).ToString();
    }

    private static string Lines(Func<int, string> line)
    {
        var builder = new StringBuilder(Size);
        for (var k = 0; ; k++)
        {
            var next = line(k);
            if (builder.Length + next.Length + 1 > Size)
            {
                return builder.ToString();
            }

            builder.Append(next).Append('\n');
        }
    }

    private static string Numbered(Func<int, string> item)
    {
        var builder = new StringBuilder(Size);
        for (var i = 0; builder.Length < Size - 64; i++)
        {
            builder.Append(item(i));
        }

        return builder.ToString();
    }

    /// <summary>Blocks of divs nested just under the depth cap, each with a paragraph, until the element cap is near: the worst a page may be and still be read.</summary>
    private static string DeepUnderCap(int depth)
    {
        var builder = new StringBuilder();
        var elements = 0;
        var ancestry = 0L;
        while (elements + depth + 1 < ShapeGuards.MaxPageElements - 100 && ancestry + ((long)depth * (depth + 1)) < ShapeGuards.MaxPageAncestry - 10_000)
        {
            ancestry += (long)depth * (depth + 1) / 2 + depth;
            builder.Insert(builder.Length, "<div>", depth).Append("<p>Pakistan and Azerbaijan have made substantial headway in cooperation.</p>").Insert(builder.Length, "</div>", depth);
            elements += depth + 1;
        }

        return builder.Append("</body></html>").ToString();
    }
}
