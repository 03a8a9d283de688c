using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// One finding of the catalogue check: overlapping versions, a gap between versions, or a duplicate identifier.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CatalogueIssue
{
    /// <summary>Creates a finding.</summary>
    /// <param name="code">The stable code, one of the <c>KI-CAT-...</c> codes in <see cref="GrantCodes"/>.</param>
    /// <param name="subject">The programme or line identifier concerned.</param>
    /// <param name="period">The overlapping or missing dates, if the finding is about time.</param>
    /// <param name="message">The finding in German and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="subject"/> is null.</exception>
    public CatalogueIssue(string code, string subject, DateInterval? period, LocalizedText message)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Period = period;
        Message = message;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The programme or line identifier concerned.</summary>
    public string Subject { get; }

    /// <summary>The overlapping or missing dates, if the finding is about time.</summary>
    public DateInterval? Period { get; }

    /// <summary>The finding in German and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the code and the English message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Message.English}";
}
