using System.Globalization;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// The legal basis (Rechtsgrundlage) of a programme or a funding line version: a directive, a law or a funding
/// concept, with its date and citation.
/// </summary>
/// <remarks>
/// Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class LegalBasis
{
    /// <summary>Creates a legal basis.</summary>
    /// <param name="title">The title, such as <c>Richtlinie für die Förderung Kommunaler Integrationszentren</c>.</param>
    /// <param name="date">The date of the text (Erlassdatum).</param>
    /// <param name="source">The citation (<c>MBl. NRW. 2023 S. 225</c>, an address) and how sure it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank, or <paramref name="source"/> is the default.</exception>
    public LegalBasis(string title, LocalDate date, SourceReference source)
    {
        ModelChecks.CheckNotBlank(title, "A legal basis needs a title.", "Eine Rechtsgrundlage braucht einen Titel.");
        Title = title;
        Date = date;
        Source = SourceReference.CheckCited(source, "A legal basis needs a source citation.", "Eine Rechtsgrundlage braucht eine Quellenangabe.");
    }

    /// <summary>The title of the text.</summary>
    public string Title { get; }

    /// <summary>The date of the text.</summary>
    public LocalDate Date { get; }

    /// <summary>The citation and how sure it is.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns title, date and citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Title} ({Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)}), {Source}");
}
