using System.Globalization;
using System.Security.Claims;
using SamePage.Web.Localisation;

namespace SamePage.Web.Accounts;

/// <summary>
/// Times as the reader lives them: in the time zone of their account (carried in the sign-in cookie,
/// see <see cref="SessionClaims"/>, so no page reads it again), else UTC, which then says so. Every page
/// that shows a moment or a day, or asks what "today" is, goes through here.
/// </summary>
public sealed class PersonTime(IHttpContextAccessor http, TimeProvider clock)
{
    private TimeZoneInfo? _zone;

    /// <summary>The reader's zone; UTC when their account has none yet (or it is no longer known here).</summary>
    public TimeZoneInfo Zone => _zone ??= Find(ZoneId) ?? TimeZoneInfo.Utc;

    /// <summary>The zone id the account has, or null when it has none yet (then the browser is asked).</summary>
    public string? ZoneId => http.HttpContext?.User.FindFirstValue(SessionClaims.TimeZoneClaimType);

    /// <summary>Whether the reader's own zone is known; if not, times show in UTC and say so.</summary>
    public bool IsKnown => ZoneId is not null && Find(ZoneId) is not null;

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The day a moment fell on for the reader, in their language: "1 December 2026", "1. Dezember 2026".</summary>
    public string Day(DateTime utc) => Languages.Day(Local(utc));

    /// <summary>A day the database keeps without a time (private acts, stored no finer than the day): shown as it is.</summary>
    public string Day(DateOnly day) => Languages.Day(day);

    /// <summary>A day and a time: "1 December 2026, 09:15", with " UTC" only when the reader's zone is not known.</summary>
    public string Moment(DateTime utc)
    {
        var text = Languages.Moment(Local(utc));
        return IsKnown ? text : text + " UTC";
    }

    /// <summary>A moment in a copy that may be read anywhere: the reader's time with the zone named ("09:15 (Europe/Berlin)"), or "09:15 UTC".</summary>
    public string MomentWithZone(DateTime utc) => IsKnown
        ? string.Create(CultureInfo.CurrentCulture, $"{Languages.Moment(Local(utc))} ({Zone.Id})")
        : Moment(utc);

    /// <summary>Today, for the reader.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Local(clock.GetUtcNow().UtcDateTime));

    /// <summary>
    /// Reads a zone id as a browser or the settings form sends it: an IANA id this server knows
    /// (a Windows id is turned into its IANA twin). Null for anything else.
    /// </summary>
    public static string? Canonical(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || Find(id.Trim()) is not { } zone)
        {
            return null;
        }

        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }

    /// <summary>The zones a person can choose from, by IANA id, sorted.</summary>
    public static IReadOnlyList<string> Choices { get; } =
    [
        .. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id)
            .Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    ];

    private static TimeZoneInfo? Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
