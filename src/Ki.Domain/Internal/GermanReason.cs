using System.Text.RegularExpressions;

namespace Ki.Domain.Internal;

/// <summary>
/// The one way a German text travels with an exception thrown inside the library (a model guard's
/// <see cref="ArgumentException"/>, a converter's <c>JsonException</c>, an <see cref="OverflowException"/>) to the reader
/// that turns it into a <see cref="KiDataException"/>: the German reason rides in <see cref="Exception.Data"/>, so
/// no exception type changes and a programmer still sees the English message.
/// </summary>
/// <remarks>
/// The thrower attaches the German reason with <see cref="With{TException}"/>; a reader asks with <see cref="Of"/> or
/// builds the whole <see cref="KiDataException"/> with <see cref="ToDataException"/>. Stateless; safe to share across threads.
/// </remarks>
internal static partial class GermanReason
{
    private const string Key = "Ki.Domain.ReasonGerman";

    /// <summary>Attaches the German text of <paramref name="exception"/>'s message and returns the exception.</summary>
    public static TException With<TException>(TException exception, string german)
        where TException : Exception
    {
        exception.Data[Key] = german;
        return exception;
    }

    /// <summary>The German text attached to <paramref name="exception"/>, or <see langword="null"/>.</summary>
    public static string? Of(Exception exception) => exception.Data[Key] as string;

    /// <summary>
    /// The data exception at <paramref name="location"/> for an exception a model constructor or a parser threw on data
    /// read from outside: the English message without the runtime's <c>(Parameter 'x')</c>, and the German one attached
    /// to it; an overflow without its own German text gets a German sentence about numbers too large to compute with.
    /// </summary>
    public static KiDataException ToDataException(string location, Exception exception)
    {
        return new KiDataException(location, EnglishOf(exception), GermanOf(exception), exception);
    }

    /// <summary>
    /// The German text attached to <paramref name="exception"/>; for an overflow without one a German sentence about
    /// numbers too large to compute with, for any other a German sentence that quotes the English message.
    /// </summary>
    public static string GermanOf(Exception exception) =>
        Of(exception)
        ?? (exception is OverflowException
            ? "Eine Zahl oder ein Betrag ist zu groß: die Rechnung läuft über."
            : $"Der Wert ist nicht zulässig (Meldung der Bibliothek auf Englisch: {EnglishOf(exception)})");

    /// <summary>A location in German words: <c>recipients.csv line 12</c> becomes <c>recipients.csv Zeile 12</c>, <c>header</c> <c>Kopfzeile</c>; a JSON path stays as it is.</summary>
    public static string Location(string location) => location switch
    {
        "gazetteer" => "Gemeindeverzeichnis",
        "separate centre cities" => "Städte mit eigenem Zentrum",
        _ => HeaderWord().Replace(LineWord().Replace(location, "Zeile "), "Kopfzeile"),
    };

    [GeneratedRegex(@"(?<=^|\s)header$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"(?<=^|\s)line (?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LineWord();

    /// <summary>The message of an exception without the <c> (Parameter 'x')</c> the runtime appends to an argument exception's.</summary>
    public static string EnglishOf(Exception exception)
    {
        string first = exception.Message.Split('\n')[0].TrimEnd();
        return exception is ArgumentException { ParamName: { } name }
            ? first.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : first;
    }
}
