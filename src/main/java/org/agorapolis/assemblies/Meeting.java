package org.agorapolis.assemblies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A meeting of an assembly: a time, a place and a number of seats.
 *
 * <p>Invariants (held by the schema): it ends after it starts; {@code registered} counts the
 * registrations and never exceeds {@code capacity} — both change in one transaction, and the
 * seat is taken by an atomic {@code update ... where registered < capacity}.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false, updatable = false)
    private long assemblyId;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int registered;

    /** People counted in the room, recorded by a moderator once the meeting has begun; null until then. */
    @Column
    private Integer attended;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(nullable = false, length = 5000)
    private String description;

    protected Meeting() {
    }

    public Meeting(long assemblyId, MeetingSetup setup) {
        this.assemblyId = assemblyId;
        revise(setup);
    }

    /** Applies a validated setup; the seats may not drop below the registrations already made. */
    public void revise(MeetingSetup setup) {
        if (setup.capacity() < registered) {
            throw new org.agorapolis.shared.InvalidInputException("meeting.capacity.belowRegistered", registered);
        }
        this.title = setup.title();
        this.startsAt = setup.startsAt();
        this.endsAt = setup.endsAt();
        this.place = setup.place();
        this.capacity = setup.capacity();
        this.description = setup.description();
    }

    /** Largest attendance a moderator may record. */
    public static final int MAX_ATTENDANCE = 100_000;

    /** Records how many people came; refused before the meeting begins and outside 0 to {@link #MAX_ATTENDANCE}. */
    public void recordAttendance(Integer count, Instant now) {
        if (now.isBefore(startsAt)) {
            throw new org.agorapolis.shared.InvalidInputException("meeting.attendance.tooEarly");
        }
        if (count == null || count < 0 || count > MAX_ATTENDANCE) {
            throw new org.agorapolis.shared.InvalidInputException("meeting.attendance.range", MAX_ATTENDANCE);
        }
        attended = count;
        attendanceRecordedAt = now;
    }

    /** People counted in the room, or null if not recorded yet. */
    public Integer getAttended() {
        return attended;
    }

    /** Whether the meeting has begun (attendance may then be recorded). */
    public boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    public Long getId() {
        return id;
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getRegistered() {
        return registered;
    }

    public int getSeatsLeft() {
        return capacity - registered;
    }

    public String getDescription() {
        return description;
    }

    public boolean isFull() {
        return registered >= capacity;
    }

    /** Registrations open until the meeting starts. */
    public boolean isUpcomingAt(Instant now) {
        return now.isBefore(startsAt);
    }
}
