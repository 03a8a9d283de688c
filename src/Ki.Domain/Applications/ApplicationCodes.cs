namespace Ki.Domain.Applications;

/// <summary>The stable error codes of <see cref="ApplicationValidator"/>.</summary>
/// <remarks>Codes never change meaning; new ones are added. Every code is listed in <c>docs/rule-codes.md</c>.</remarks>
public static class ApplicationCodes
{
    /// <summary>A required text (identifier, applicant name, funding line) is missing or blank (<c>KI-APP-REQUIRED</c>).</summary>
    public const string Required = "KI-APP-REQUIRED";

    /// <summary>An amount or a unit count is negative (<c>KI-APP-NEGATIVE</c>).</summary>
    public const string Negative = "KI-APP-NEGATIVE";

    /// <summary>Dates are out of order: the planned start lies after the end of the delivery period (<c>KI-APP-DATES</c>).</summary>
    public const string Dates = "KI-APP-DATES";

    /// <summary>An enumerated value (applicant kind, route) or the fiscal year is not defined (<c>KI-APP-UNDEFINED</c>).</summary>
    public const string Undefined = "KI-APP-UNDEFINED";

    /// <summary>Own contribution and third-party funds together exceed the eligible costs (<c>KI-APP-FUNDS-EXCEED-COSTS</c>).</summary>
    public const string FundsExceedCosts = "KI-APP-FUNDS-EXCEED-COSTS";
}
