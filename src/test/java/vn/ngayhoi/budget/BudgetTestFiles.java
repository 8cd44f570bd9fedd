package vn.ngayhoi.budget;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.context.ApplicationContext;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;

/** What the budget tests share: a real small PNG standing for a receipt, and the district's offices. */
final class BudgetTestFiles {

    private BudgetTestFiles() {}

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit of that type and name under {@code parent}, made the first time a test asks for it. */
    static synchronized OrgUnit unit(ApplicationContext context, OrgUnit parent, String type, String name) {
        OrgUnitManagement units = context.getBean(OrgUnitManagement.class);
        return units.systemUnitsOfTypes(parent.path(), List.of(type)).stream()
                .filter(u -> u.name().equals(name) && parent.id() == u.parentId())
                .findFirst()
                .orElseGet(() -> units.systemCreate(new CreateUnit(parent.id(), type, name, LocalDate.of(2020, 1, 1))));
    }
}
