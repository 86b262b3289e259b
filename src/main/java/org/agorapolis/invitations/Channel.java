package org.agorapolis.invitations;

/** How an invitation travelled; each shared link carries its channel. */
public enum Channel {
    LINK, EMAIL, SMS, WHATSAPP, TELEGRAM, SHARE, QR,
    /** A printed single-use coupon, scanned or typed. */
    COUPON,
    /** A poster code tied to a place; its arrivals have no inviter. */
    POSTER;

    /** The channel named (any case), or {@link #LINK} for anything unknown. */
    public static Channel parse(String name) {
        for (Channel channel : values()) {
            if (channel.name().equalsIgnoreCase(name)) {
                return channel;
            }
        }
        return LINK;
    }
}
