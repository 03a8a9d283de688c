namespace Ki.Domain.Internal;

/// <summary>
/// A reason for refusing a field, in English and in German, as the field parsers of the text readers return it: a
/// sentence fragment without the field name (<c>'12x' is not a whole number of people</c>).
/// </summary>
/// <param name="English">The reason in English.</param>
/// <param name="German">The same in German.</param>
internal readonly record struct ReasonText(string English, string German);
