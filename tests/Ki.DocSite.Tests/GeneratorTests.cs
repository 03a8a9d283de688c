using Ki.DocSite.Tests.Support;

namespace Ki.DocSite.Tests;

/// <summary>
/// The generator on a small library compiled here, holding every shape a later type may take: records, enums,
/// generics with constraints, operators and conversions, nested types, indexers, events, delegates, extension methods.
/// </summary>
public sealed class GeneratorTests : IDisposable
{
    private const string Library = """
        using System;
        using System.Collections.Generic;

        namespace Sample.Shapes
        {
            /// <summary>A pair of values; see <see cref="Swap"/> and <see cref="Colour.Red"/>.</summary>
            /// <typeparam name="T">The value type.</typeparam>
            /// <param name="Left">The left value.</param>
            /// <param name="Right">The right value.</param>
            public sealed record Pair<T>(T Left, T Right) where T : notnull, IComparable<T>
            {
                /// <summary>The pair the other way round.</summary>
                /// <returns>A new pair; see <see cref="List{T}"/>.</returns>
                public Pair<T> Swap() => new(Right, Left);

                /// <summary>Where a value sits.</summary>
                public enum Side
                {
                    /// <summary>Left.</summary>
                    Left = 1,

                    /// <summary>Right.</summary>
                    Right = 2,
                }

                /// <summary>A nested class inside a generic record.</summary>
                public sealed class Cursor
                {
                    /// <summary>The side.</summary>
                    public Side At { get; init; }
                }
            }

            /// <summary>Colours.</summary>
            public enum Colour : byte
            {
                /// <summary>Red.</summary>
                Red = 1,

                /// <summary>Blue.</summary>
                Blue = 2,
            }

            /// <summary>Metres.</summary>
            /// <remarks><para>Exact.</para><code>var m = new Metres(2);</code><list type="bullet"><item><description>one</description></item></list></remarks>
            public readonly struct Metres : IEquatable<Metres>
            {
                /// <summary>Creates a length.</summary>
                /// <param name="value">The length in metres.</param>
                /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
                public Metres(int value) => Value = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));

                /// <summary>The number of metres.</summary>
                public int Value { get; }

                /// <summary>Adds two lengths.</summary>
                public static Metres operator +(Metres a, Metres b) => new(a.Value + b.Value);

                /// <summary>The length as a number.</summary>
                public static explicit operator int(Metres m) => m.Value;

                /// <inheritdoc/>
                public bool Equals(Metres other) => Value == other.Value;

                /// <inheritdoc/>
                public override bool Equals(object? obj) => obj is Metres m && Equals(m);

                /// <inheritdoc/>
                public override int GetHashCode() => Value;
            }

            /// <summary>A shape.</summary>
            public interface IShape
            {
                /// <summary>The area.</summary>
                double Area { get; }
            }

            /// <summary>A base for shapes.</summary>
            public abstract class Shape : IShape
            {
                /// <summary>Creates a shape.</summary>
                protected Shape() { }

                /// <inheritdoc/>
                public abstract double Area { get; }

                /// <summary>Raised when the shape changes.</summary>
                public event EventHandler? Changed;

                /// <summary>A corner.</summary>
                /// <param name="index">The corner number.</param>
                public int this[int index] => index;

                /// <summary>Raises <see cref="Changed"/>.</summary>
                protected void OnChanged() => Changed?.Invoke(this, EventArgs.Empty);

                /// <summary>A generic method.</summary>
                /// <typeparam name="TOut">The result type.</typeparam>
                /// <param name="map">The map.</param>
                /// <returns>The result.</returns>
                public TOut Map<TOut>(Func<Shape, TOut> map) => map(this);
            }

            /// <summary>A square.</summary>
            public sealed class Square : Shape
            {
                /// <summary>The length of a side.</summary>
                public const int Side = 2;

                /// <inheritdoc/>
                public override double Area => Side * Side;
            }

            /// <summary>Decides.</summary>
            /// <param name="shape">The shape.</param>
            /// <returns>Whether it fits.</returns>
            public delegate bool Fits(IShape shape);

            /// <summary>Extensions.</summary>
            public static class ShapeExtensions
            {
                /// <summary>Twice the area of <paramref name="shape"/>.</summary>
                /// <param name="shape">The shape.</param>
                /// <returns>The doubled area.</returns>
                public static double DoubleArea(this IShape shape) => shape.Area * 2;
            }
        }
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("ki-docsite-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Generate_EveryKindOfType_WritesCleanPagesForAll()
    {
        string dll = CSharpBuild.EmitLibrary(Path.Combine(_work, "bin"), "Sample.Shapes", Library);
        string docs = Directory.CreateDirectory(Path.Combine(_work, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "guide.md"), "# Guide\n\nSee [Pair](xref:Sample.Shapes.Pair`1), [Swap](xref:M:Sample.Shapes.Pair`1.Swap) and [the other page](other.md#second).\n");
        File.WriteAllText(Path.Combine(docs, "other.md"), "# Other\n\n## Second\n\nText.\n");

        SiteReport report = SiteGenerator.Generate(new SiteOptions(dll, null, docs, Path.Combine(_work, "site"), []));

        Assert.True(report.IsClean, string.Join('\n', report.DocProblems.Concat(report.BrokenLinks)));
        string[] pages =
        [
            "api/Sample.Shapes.html", "api/Sample.Shapes.Pair-1.html", "api/Sample.Shapes.Pair-1.Side.html", "api/Sample.Shapes.Pair-1.Cursor.html",
            "api/Sample.Shapes.Colour.html", "api/Sample.Shapes.Metres.html", "api/Sample.Shapes.IShape.html", "api/Sample.Shapes.Shape.html",
            "api/Sample.Shapes.Square.html", "api/Sample.Shapes.Fits.html", "api/Sample.Shapes.ShapeExtensions.html",
            "index.html", "search.html", "guide.html", "other.html",
        ];
        foreach (string page in pages)
        {
            Assert.True(File.Exists(Path.Combine(report.OutputFolder, page)), $"Missing page {page}.");
        }

        Assert.Equal(pages.Length, report.Pages);
        string pair = Read(report, "api/Sample.Shapes.Pair-1.html");
        Assert.Contains("<span class=\"kw\">record</span>", pair, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kw\">where</span> T : <span class=\"kw\">notnull</span>, <a class=\"xref external\" href=\"https://learn.microsoft.com/dotnet/api/system.icomparable-1\">IComparable</a>&lt;T&gt;", pair, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"M:Sample.Shapes.Pair`1.Swap\"", pair, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"P:Sample.Shapes.Pair`1.Left\"", pair, StringComparison.Ordinal);
        Assert.Contains("href=\"Sample.Shapes.Pair-1.Side.html\"", pair, StringComparison.Ordinal);
        Assert.DoesNotContain("EqualityContract", pair, StringComparison.Ordinal);
        Assert.DoesNotContain("PrintMembers", pair, StringComparison.Ordinal);

        string metres = Read(report, "api/Sample.Shapes.Metres.html");
        Assert.Contains("data-docid=\"M:Sample.Shapes.Metres.op_Addition(Sample.Shapes.Metres,Sample.Shapes.Metres)\"", metres, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"M:Sample.Shapes.Metres.op_Explicit(Sample.Shapes.Metres)~System.Int32\"", metres, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-csharp\">var m = new Metres(2);</code></pre>", metres, StringComparison.Ordinal);
        Assert.Contains("<ul><li>one</li></ul>", metres, StringComparison.Ordinal);

        string shape = Read(report, "api/Sample.Shapes.Shape.html");
        Assert.Contains("data-docid=\"E:Sample.Shapes.Shape.Changed\"", shape, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"P:Sample.Shapes.Shape.Item(System.Int32)\"", shape, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"M:Sample.Shapes.Shape.Map``1(System.Func{Sample.Shapes.Shape,``0})\"", shape, StringComparison.Ordinal);
        Assert.Contains("data-docid=\"M:Sample.Shapes.Shape.OnChanged\"", shape, StringComparison.Ordinal);
        Assert.Contains("<dt>Derived</dt>", shape, StringComparison.Ordinal);
        Assert.Contains("The area.", Read(report, "api/Sample.Shapes.Square.html"), StringComparison.Ordinal); // inherited from IShape via Shape

        Assert.Contains("<span class=\"kw\">enum</span> <span class=\"name\">Colour</span> : <span class=\"kw\">byte</span>", Read(report, "api/Sample.Shapes.Colour.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kw\">delegate</span>", Read(report, "api/Sample.Shapes.Fits.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"kw\">this</span> <a class=\"xref\" href=\"Sample.Shapes.IShape.html\">IShape</a>", Read(report, "api/Sample.Shapes.ShapeExtensions.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"api/Sample.Shapes.Pair-1.html#Swap\"", Read(report, "guide.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_BrokenCrefsAndLinks_AreReported()
    {
        const string broken = """
            namespace Sample.Broken;

            /// <summary>Points at <see cref="Hidden"/>, which users cannot see, and at <see cref="!:Nowhere"/>.</summary>
            public sealed class Holder
            {
                internal static void Hidden() { }
            }
            """;
        string dll = CSharpBuild.EmitLibrary(Path.Combine(_work, "bin"), "Sample.Broken", broken);
        string docs = Directory.CreateDirectory(Path.Combine(_work, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "guide.md"), "# Guide\n\n[gone](missing.md), [anchor](guide.md#no-such-heading), [api](xref:Sample.Broken.Nothing).\n");

        SiteReport report = SiteGenerator.Generate(new SiteOptions(dll, null, docs, Path.Combine(_work, "site"), []));

        Assert.False(report.IsClean);
        Assert.Contains(report.DocProblems, p => p.Contains("M:Sample.Broken.Holder.Hidden", StringComparison.Ordinal) || p.Contains("Holder.Hidden", StringComparison.Ordinal));
        Assert.Contains(report.DocProblems, p => p.Contains("Nowhere", StringComparison.Ordinal));
        Assert.Contains(report.DocProblems, p => p.Contains("xref:Sample.Broken.Nothing", StringComparison.Ordinal));
        Assert.Contains(report.BrokenLinks, l => l.StartsWith("guide.html: missing.html: no such file", StringComparison.Ordinal));
        Assert.Contains(report.BrokenLinks, l => l.StartsWith("guide.html: guide.html#no-such-heading: no element with id", StringComparison.Ordinal));
        Assert.Contains(report.BrokenLinks, l => l.StartsWith("guide.html: xref:Sample.Broken.Nothing:", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_OutputFolderWithForeignFiles_IsNotEmptied()
    {
        string dll = CSharpBuild.EmitLibrary(Path.Combine(_work, "bin"), "Sample.Shapes", Library);
        string output = Directory.CreateDirectory(Path.Combine(_work, "precious")).FullName;
        File.WriteAllText(Path.Combine(output, "notes.txt"), "keep me");

        Assert.Throws<IOException>(() => SiteGenerator.Generate(new SiteOptions(dll, null, Path.Combine(_work, "docs"), output, [])));
        Assert.True(File.Exists(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public void Generate_Twice_RebuildsItsOwnFolder()
    {
        string dll = CSharpBuild.EmitLibrary(Path.Combine(_work, "bin"), "Sample.Shapes", Library);
        var options = new SiteOptions(dll, null, Path.Combine(_work, "docs"), Path.Combine(_work, "site"), []);
        SiteReport first = SiteGenerator.Generate(options);
        string stale = Path.Combine(first.OutputFolder, "api", "stale.html");
        File.WriteAllText(stale, "old");

        SiteReport second = SiteGenerator.Generate(options);

        Assert.False(File.Exists(stale));
        Assert.Equal(first.Pages, second.Pages);
        Assert.Equal(File.ReadAllText(Path.Combine(first.OutputFolder, "api", "Sample.Shapes.Metres.html")), Read(second, "api/Sample.Shapes.Metres.html"));
    }

    [Fact]
    public void Program_WritesTheSiteAndReportsCounts()
    {
        string dll = CSharpBuild.EmitLibrary(Path.Combine(_work, "bin"), "Sample.Shapes", Library);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = Program.Run(["--assembly", dll, "--docs", Path.Combine(_work, "docs"), "--output", Path.Combine(_work, "site")], stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("docs site: 13 pages (1 namespaces, 10 types,", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 broken crefs or article links, 0 broken page links", stdout.ToString(), StringComparison.Ordinal);
    }

    private static string Read(SiteReport report, string page) => File.ReadAllText(Path.Combine(report.OutputFolder, page));
}
