using Ki.Domain.Internal;

namespace Ki.Domain;

/// <summary>
/// Data read from outside the library (a CSV or JSON file, a stream) is malformed or violates a rule. The message
/// names where (<see cref="Location"/>: a line number or JSON path), the field and the reason.
/// </summary>
/// <remarks>
/// Loaders that throw this exception return nothing half-loaded. It is the one exception type a host must catch
/// for bad input files. <see cref="Reason"/> is English; <see cref="ReasonGerman"/> says the same in German where the
/// library has the German text (the JSON readers' checks of size, depth, syntax, types and the rules of the model),
/// so a host can answer in its user's language.
/// </remarks>
public sealed class KiDataException : Exception
{
    /// <summary>Creates the exception for a problem at a location.</summary>
    /// <param name="location">Where the problem is: <c>line 12</c>, <c>$.lines[3].amount</c> or a file name.</param>
    /// <param name="reason">What is wrong, as a sentence that names the field and the value.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
#pragma warning disable RS0027 // The shipped constructor keeps its optional innerException; the German overloads below have no optional parameter.
    public KiDataException(string location, string reason, Exception? innerException = null)
#pragma warning restore RS0027
        : base($"{location}: {reason}", innerException)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>Creates the exception for a problem at a location, with the reason in English and in German.</summary>
    /// <param name="location">Where the problem is: <c>line 12</c>, <c>$.lines[3].amount</c> or a file name.</param>
    /// <param name="reason">What is wrong, in English, as a sentence that names the field and the value.</param>
    /// <param name="reasonGerman">The same in German (Begründung).</param>
    public KiDataException(string location, string reason, string reasonGerman)
        : this(location, reason, reasonGerman, null)
    {
    }

    /// <summary>Creates the exception for a problem at a location, with the reason in English and in German and the underlying exception.</summary>
    /// <param name="location">Where the problem is: <c>line 12</c>, <c>$.lines[3].amount</c> or a file name.</param>
    /// <param name="reason">What is wrong, in English, as a sentence that names the field and the value.</param>
    /// <param name="reasonGerman">The same in German (Begründung).</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public KiDataException(string location, string reason, string reasonGerman, Exception? innerException)
        : this(location, reason, innerException)
    {
        ReasonGerman = reasonGerman;
    }

    /// <summary>Where the problem is: a line number (<c>line 12</c>), a JSON path (<c>$.lines[3]</c>) or a source name.</summary>
    public string Location { get; }

    /// <summary>
    /// <see cref="Location"/> in German words, to stand before <see cref="ReasonGerman"/>: <c>line 12</c> becomes
    /// <c>Zeile 12</c>, <c>recipients.csv line 3</c> becomes <c>recipients.csv Zeile 3</c>; a JSON path stays as it is.
    /// </summary>
    public string LocationGerman => GermanReason.Location(Location);

    /// <summary>What is wrong, in English, without the location.</summary>
    public string Reason { get; }

    /// <summary>What is wrong, in German, without the location; <see langword="null"/> where the library has no German text for it.</summary>
    public string? ReasonGerman { get; }
}
