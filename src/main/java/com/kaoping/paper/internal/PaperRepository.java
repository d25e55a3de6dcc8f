package com.kaoping.paper.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.kaoping.paper.PaperStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperRepository extends JpaRepository<Paper, Long> {

    Optional<Paper> findByCreationToken(UUID token);

    List<Paper> findByStatusOrderByUpdatedAtDesc(PaperStatus status);

    List<Paper> findAllByOrderByUpdatedAtDesc();
}
