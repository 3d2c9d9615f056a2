package io.lifeboat.snapshots;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a new volume can be attached on an instance: the first recommended EBS device name its block
 * device mappings leave free, in the style the instance already uses ({@code /dev/sdf}…{@code /dev/sdp}, or
 * {@code /dev/xvdf}… on instances whose devices are named {@code xvd*}, and always on Windows). A letter
 * taken under either name counts as taken: the kernel shows {@code sdf} as {@code xvdf}.
 */
public final class DeviceNames {

    private DeviceNames() {
    }

    /** The first free name, or {@code null} when every recommended letter is taken. */
    public static String firstFree(Collection<String> taken, String rootDevice, boolean windows) {
        Set<Character> letters = new HashSet<>();
        for (String device : taken) {
            Character letter = letter(device);
            if (letter != null) {
                letters.add(letter);
            }
        }
        Character root = letter(rootDevice);
        if (root != null) {
            letters.add(root);
        }
        boolean xvd = windows || (rootDevice != null && rootDevice.startsWith("/dev/xvd"))
                || taken.stream().anyMatch(d -> d.startsWith("/dev/xvd") || d.startsWith("xvd"));
        char last = xvd ? 'z' : 'p';
        for (char c = 'f'; c <= last; c++) {
            if (!letters.contains(c)) {
                return (windows ? "xvd" : xvd ? "/dev/xvd" : "/dev/sd") + c;
            }
        }
        return null;
    }

    /** The drive letter of {@code /dev/sdf}, {@code /dev/xvdf1}, {@code xvdf}; {@code /dev/sda1} is {@code a}. */
    static Character letter(String device) {
        if (device == null) {
            return null;
        }
        String name = device.startsWith("/dev/") ? device.substring(5) : device;
        if (name.startsWith("xvd") && name.length() > 3) {
            return name.charAt(3);
        }
        if (name.startsWith("sd") && name.length() > 2) {
            return name.charAt(2);
        }
        return null;
    }
}
