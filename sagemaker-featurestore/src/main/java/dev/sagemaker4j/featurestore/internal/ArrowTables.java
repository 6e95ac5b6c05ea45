/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/** Arrow in and out: the feature type of a column, the text of a cell, a JDBC result as a table. */
public final class ArrowTables {
    private ArrowTables() {
    }

    /**
     * The Python SDK's inference: integers are Integral, floats Fractional, strings String.
     *
     * @param field the column
     * @return the feature type
     */
    public static FeatureType featureType(Field field) {
        ArrowType t = field.getType();
        if (t instanceof ArrowType.Int) {
            return FeatureType.INTEGRAL;
        }
        if (t instanceof ArrowType.FloatingPoint) {
            return FeatureType.FRACTIONAL;
        }
        if (t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8) {
            return FeatureType.STRING;
        }
        throw new ValidationException(field.getName(), t.toString(), "has a type that maps to no feature type",
                "cast the column to an integer, floating point or string type (Failed to infer Feature type)");
    }

    /**
     * The wire text of a cell, as the Python SDK's {@code str(value)}; null for a null cell.
     *
     * @param v   the column
     * @param row the row
     * @return the text, or null
     */
    public static String text(FieldVector v, int row) {
        if (v.isNull(row)) {
            return null;
        }
        if (v instanceof Float8Vector f) {
            double d = f.get(row);
            return Double.isNaN(d) ? null : Double.toString(d);
        }
        if (v instanceof org.apache.arrow.vector.Float4Vector f) {
            float d = f.get(row);
            return Float.isNaN(d) ? null : Float.toString(d);
        }
        if (v instanceof BigIntVector b) {
            return Long.toString(b.get(row));
        }
        if (v instanceof VarCharVector s) {
            return new String(s.get(row), StandardCharsets.UTF_8);
        }
        Object o = v.getObject(row);
        return o == null ? null : o.toString();
    }

    /**
     * Reads a JDBC result into a new Arrow table (BIGINT, DOUBLE, BOOLEAN, TIMESTAMP as micro
     * timestamps, anything else as text).
     *
     * @param rs        the result
     * @param allocator where the vectors live; the caller closes the returned table
     * @return the table
     * @throws SQLException when the result cannot be read
     */
    public static VectorSchemaRoot fromResultSet(ResultSet rs, BufferAllocator allocator) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        int[] kinds = new int[n];
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = md.getColumnType(i + 1);
            ArrowType type;
            switch (t) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    kinds[i] = 1;
                    type = new ArrowType.Int(64, true);
                }
                case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL -> {
                    kinds[i] = 2;
                    type = new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
                }
                case Types.BOOLEAN, Types.BIT -> {
                    kinds[i] = 3;
                    type = ArrowType.Bool.INSTANCE;
                }
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                    kinds[i] = 4;
                    type = new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
                }
                default -> {
                    kinds[i] = 0;
                    type = ArrowType.Utf8.INSTANCE;
                }
            }
            fields.add(new Field(md.getColumnLabel(i + 1), FieldType.nullable(type), null));
        }
        VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator);
        try {
            root.allocateNew();
            int row = 0;
            while (rs.next()) {
                for (int i = 0; i < n; i++) {
                    FieldVector v = root.getVector(i);
                    switch (kinds[i]) {
                        case 1 -> {
                            long x = rs.getLong(i + 1);
                            if (rs.wasNull()) {
                                ((BigIntVector) v).setNull(row);
                            } else {
                                ((BigIntVector) v).setSafe(row, x);
                            }
                        }
                        case 2 -> {
                            double x = rs.getDouble(i + 1);
                            if (rs.wasNull()) {
                                ((Float8Vector) v).setNull(row);
                            } else {
                                ((Float8Vector) v).setSafe(row, x);
                            }
                        }
                        case 3 -> {
                            boolean x = rs.getBoolean(i + 1);
                            if (rs.wasNull()) {
                                ((BitVector) v).setNull(row);
                            } else {
                                ((BitVector) v).setSafe(row, x ? 1 : 0);
                            }
                        }
                        case 4 -> {
                            Object o = rs.getObject(i + 1);
                            if (o == null) {
                                ((TimeStampMicroVector) v).setNull(row);
                            } else {
                                java.time.LocalDateTime t = o instanceof Timestamp ts ? ts.toLocalDateTime()
                                        : o instanceof java.time.OffsetDateTime od
                                        ? od.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                                        : (java.time.LocalDateTime) o;
                                java.time.Instant in = t.toInstant(java.time.ZoneOffset.UTC);
                                ((TimeStampMicroVector) v).setSafe(row, in.getEpochSecond() * 1_000_000L
                                        + in.getNano() / 1000);
                            }
                        }
                        default -> {
                            String x = rs.getString(i + 1);
                            if (x == null) {
                                ((VarCharVector) v).setNull(row);
                            } else {
                                ((VarCharVector) v).setSafe(row, x.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                row++;
            }
            root.setRowCount(row);
            return root;
        } catch (SQLException | RuntimeException e) {
            root.close();
            throw e;
        }
    }

    /**
     * Epoch microseconds of a timestamp cell (any unit), for loading base tables.
     *
     * @param v   the vector
     * @param row the row
     * @return microseconds
     */
    public static long micros(TimeStampVector v, int row) {
        long x = v.get(row);
        ArrowType.Timestamp t = (ArrowType.Timestamp) v.getField().getType();
        return switch (t.getUnit()) {
            case SECOND -> x * 1_000_000L;
            case MILLISECOND -> x * 1000L;
            case MICROSECOND -> x;
            case NANOSECOND -> Math.floorDiv(x, 1000L);
        };
    }
}
