using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Ki.Domain.Internal;

/// <summary>
/// The rules many model types share, in one place on top of <see cref="Preconditions"/>: list arguments are copied and
/// refused when they or an entry are null, a list property set to <c>default</c> reads as empty, a required text
/// is not blank, and a stable identifier is non-empty without white space. Messages are formatted only when a check fails.
/// </summary>
internal static class ModelChecks
{
    /// <summary>The array, or the empty array when it is the default (an <c>init</c> given <c>default</c>).</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> value) => value.IsDefault ? [] : value;

    /// <summary>
    /// Copies a list argument in order, throwing <see cref="ArgumentNullException"/> named after the argument when the
    /// list or one of its entries is null.
    /// </summary>
    public static ImmutableArray<T> CopyNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class => NoNullEntries([.. Preconditions.CheckNotNull(items, name)], name);

    /// <summary>
    /// The array of a list property (empty for the default), throwing <see cref="ArgumentNullException"/> named after
    /// the property when an entry is null.
    /// </summary>
    public static ImmutableArray<T> OrEmptyNotNull<T>(ImmutableArray<T> value, string name)
        where T : class => NoNullEntries(value.OrEmpty(), name);

    /// <summary>
    /// Checks a stable identifier (<c>komm-an</c>): not null, not empty, no white space. The messages name the kind of
    /// identifier: <c>A programme identifier must be non-empty without spaces, but was 'x y'.</c>
    /// </summary>
    /// <param name="id">The identifier.</param>
    /// <param name="what">The kind, such as <c>A programme identifier</c>.</param>
    /// <param name="whatGerman">The same in German, such as <c>Die Kennung eines Programms</c>.</param>
    /// <param name="name">The argument's name.</param>
    /// <returns>The identifier.</returns>
    public static string CheckIdentifier(string? id, string what, string whatGerman, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        Preconditions.CheckNotNull(id, name);
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            throw GermanReason.With(
                new ArgumentException($"{what} must be non-empty without spaces, but was '{id}'.", name),
                $"{whatGerman} darf nicht leer sein und keine Leerzeichen enthalten, ist aber '{id}'.");
        }

        return id;
    }

    /// <summary>
    /// Checks a required text (an identifier, a title, a citation): throws <see cref="ArgumentNullException"/> when it
    /// is null and <see cref="ArgumentException"/> with the message in English and German (see
    /// <see cref="GermanReason"/>) when it is empty or only white space.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="message">Why a blank text is refused, such as <c>A cost item needs an identifier.</c></param>
    /// <param name="messageGerman">The same in German.</param>
    /// <param name="name">The argument's name.</param>
    /// <returns>The text.</returns>
    public static string CheckNotBlank([NotNull] string? value, string message, string messageGerman, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckNotNull(value, name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(value), name!, message, messageGerman);
        return value;
    }

    /// <summary>
    /// Checks a dictionary keyed by identifier (the value of an <c>init</c>): throws <see cref="ArgumentNullException"/>
    /// named after the argument when it is null, runs <paramref name="checkEntry"/> on every entry (key, value), and
    /// returns it with its keys compared ordinally.
    /// </summary>
    /// <param name="value">The dictionary.</param>
    /// <param name="checkEntry">The check of one entry; it throws when the entry is refused.</param>
    /// <param name="name">The argument's name.</param>
    /// <returns>The dictionary with ordinal keys.</returns>
    public static ImmutableDictionary<string, TValue> CheckEntries<TValue>(ImmutableDictionary<string, TValue>? value, Action<string, TValue> checkEntry, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.CheckNotNull(value, name);
        foreach (KeyValuePair<string, TValue> entry in value)
        {
            checkEntry(entry.Key, entry.Value);
        }

        return value.WithComparers(StringComparer.Ordinal);
    }

    private static ImmutableArray<T> NoNullEntries<T>(ImmutableArray<T> items, string? name)
        where T : class
    {
        foreach (T item in items)
        {
            Preconditions.CheckNotNull(item, name);
        }

        return items;
    }
}
