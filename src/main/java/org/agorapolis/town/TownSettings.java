package org.agorapolis.town;

import org.agorapolis.shared.InvalidInputException;

/**
 * What the town sets for all its assemblies: the invitation quota, its cap and the number of
 * reports that hide a contribution, which every new assembly starts from; the reports that hide a
 * profile; how many days invitation links and coupons last; the threshold k under which reports
 * hide a count.
 */
public record TownSettings(int defaultQuota, int defaultQuotaCap, int defaultFlagThreshold, int profileFlagThreshold, int invitationDays,
                           int reportK) {

    public static final TownSettings DEFAULTS = new TownSettings(5, 20, 3, 3, 30, 5);

    public static final int QUOTA_MAX = 1000;
    public static final int CAP_MAX = 10000;
    public static final int THRESHOLD_MAX = 100;
    public static final int DAYS_MAX = 365;
    /** Reports never hide fewer than this (ADR 0009). */
    public static final int REPORT_K_MIN = 3;

    /** The settings if every rule holds; otherwise refused with the first rule broken. */
    public TownSettings validated() {
        within(defaultQuota, 0, QUOTA_MAX, "town.defaultQuota.range");
        within(defaultQuotaCap, 0, CAP_MAX, "town.defaultQuotaCap.range");
        if (defaultQuota > defaultQuotaCap) {
            throw new InvalidInputException("town.defaultQuota.overCap");
        }
        within(defaultFlagThreshold, 1, THRESHOLD_MAX, "town.flagThreshold.range");
        within(profileFlagThreshold, 1, THRESHOLD_MAX, "town.profileFlagThreshold.range");
        within(invitationDays, 1, DAYS_MAX, "town.invitationDays.range");
        within(reportK, REPORT_K_MIN, THRESHOLD_MAX, "town.reportK.range");
        return this;
    }

    private static void within(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new InvalidInputException(key, min, max);
        }
    }

    public int getDefaultQuota() {
        return defaultQuota;
    }

    public int getDefaultQuotaCap() {
        return defaultQuotaCap;
    }

    public int getDefaultFlagThreshold() {
        return defaultFlagThreshold;
    }

    public int getProfileFlagThreshold() {
        return profileFlagThreshold;
    }

    public int getInvitationDays() {
        return invitationDays;
    }

    public int getReportK() {
        return reportK;
    }
}
